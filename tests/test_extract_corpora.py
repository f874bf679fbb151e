"""Whole-article scores on the gold-labelled articles we wrote ourselves.

Each folder is in the gold format of eval/GOLD_FORMAT.md and was written to
measure how the extractor reads articles it has not seen: tests/data/articles
(the first set, cast-heavy), articles_unseen, articles_unseen2 to articles_unseen348 (later
batches; their README.md files record the first-sight scores, before any tuning, which are
the honest measure of generalization).

The floors are regression guards, set a little below what the extractor
measured when they were last raised (see FLOORS); raise them when the extractor
gets better, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowsofar.evaluate import EvalReport, evaluate, load_gold

DATA = Path(__file__).parent / "data"

# folder: (status P, status R, cast P, cast R, network accuracy), each a little below
# what was measured (in brackets): on 2026-11-25 at the end of session 3 for the first
# eight folders, on 2026-11-26 in session 4 for batches 8 to 12 (and unseen7's network)
# and in session 5 for batches 13 to 24; later batches as the comment over each says
# (batches 101 to 124 on 2026-11-27, in session 15; 141 to 152 in session 17; 149 to 160
# in session 18; 153 to 184 in session 19; 185 to 208 in session 20; 209 to 216 in
# session 21; 217 to 224, and 209 to 212 raised, in session 22; 225 to 232, and 217 to
# 220 raised, in session 23).
FLOORS = {
    # status 1.000/1.000, cast 1.000/0.996, network 30/30
    "articles": (0.97, 0.95, 0.98, 0.95, 0.92),
    # status 1.000/1.000, cast 1.000/1.000, network 41/42
    "articles_unseen": (0.97, 0.95, 0.97, 0.95, 0.92),
    # status 1.000/0.929, cast 0.977/0.977, network 33/39
    "articles_unseen2": (0.95, 0.88, 0.95, 0.93, 0.80),
    # status 1.000/1.000, cast 1.000/0.977, network 37/37 (first sight: 0.773/0.500,
    # 0.571/0.512, 18/37)
    "articles_unseen3": (0.95, 0.93, 0.96, 0.93, 0.92),
    # status 1.000/1.000, cast 1.000/0.987, network 20/20 (first sight: 0.882/0.714,
    # 0.843/0.756, 15/20)
    "articles_unseen4": (0.95, 0.93, 0.96, 0.93, 0.92),
    # status 1.000/1.000, cast 1.000/0.966, network 38/38 (first sight: 0.680/0.515,
    # 0.688/0.524, 30/38)
    "articles_unseen5": (0.95, 0.93, 0.96, 0.92, 0.92),
    # status 1.000/1.000, cast 0.990/0.962, network 26/29 (first sight: 0.688/0.500,
    # 0.722/0.619, 20/29)
    "articles_unseen6": (0.95, 0.93, 0.95, 0.92, 0.85),
    # status 1.000/0.938, cast 0.982/0.800, network 17/19 (first sight: 0.571/0.500,
    # 0.745/0.543, 14/19)
    "articles_unseen7": (0.90, 0.84, 0.95, 0.77, 0.85),
    # status 0.950/0.950, cast 0.988/0.802, network 21/24 (first sight: 0.467/0.350,
    # 0.681/0.485, 15/24)
    "articles_unseen8": (0.92, 0.92, 0.96, 0.77, 0.83),
    # status 1.000/1.000, cast 0.987/0.929, network 19/21 (first sight: 1.000/0.929,
    # 0.844/0.643, 18/21)
    "articles_unseen9": (0.95, 0.95, 0.96, 0.90, 0.85),
    # status 1.000/1.000, cast 0.987/0.951, network 17/18 (first sight: 0.875/0.933,
    # 0.880/0.805, 16/18)
    "articles_unseen10": (0.95, 0.95, 0.96, 0.92, 0.90),
    # status 1.000/0.900, cast 0.985/0.890, network 20/20 (first sight: 0.818/0.450,
    # 0.650/0.534, 9/20)
    "articles_unseen11": (0.95, 0.87, 0.96, 0.86, 0.95),
    # status 1.000/0.810, cast 0.987/0.893, network 19/19 (first sight: 0.833/0.476,
    # 0.804/0.536, 9/19)
    "articles_unseen12": (0.95, 0.78, 0.96, 0.86, 0.95),
    # Batches 13 to 24 (session 5, 2026-11-26; raised in session 6): floors below what was
    # measured; first sight is each batch's score before anyone tuned on it.
    # status 0.917/0.647, cast 0.962/0.781, network 14/17
    # (first sight: 0.700/0.412, 0.892/0.604, 9/17)
    "articles_unseen13": (0.88, 0.61, 0.93, 0.75, 0.79),
    # status 1.000/0.773, cast 0.889/0.808, network 18/21
    # (first sight: 0.467/0.318, 0.620/0.444, 10/21)
    "articles_unseen14": (0.97, 0.74, 0.85, 0.77, 0.82),
    # status 0.929/0.619, cast 0.901/0.766, network 17/18
    # (first sight: 0.778/0.333, 0.738/0.579, 14/18)
    "articles_unseen15": (0.89, 0.58, 0.87, 0.73, 0.91),
    # status 0.824/0.700, cast 1.000/0.761, network 17/20
    # (first sight: 0.800/0.600, 1.000/0.727, 16/20)
    "articles_unseen16": (0.79, 0.67, 0.97, 0.73, 0.82),
    # status 0.929/0.684, cast 0.923/0.811, network 14/18
    # (first sight: 0.500/0.316, 0.646/0.568, 10/18)
    "articles_unseen17": (0.89, 0.65, 0.89, 0.78, 0.74),
    # status 1.000/0.947, cast 0.825/0.702, network 18/19
    # (first sight: 0.800/0.632, 0.714/0.585, 15/19)
    "articles_unseen18": (0.97, 0.91, 0.79, 0.67, 0.91),
    # status 0.944/0.773, cast 1.000/0.848, network 18/19
    # (first sight: 0.643/0.409, 0.793/0.582, 12/19)
    "articles_unseen19": (0.91, 0.74, 0.97, 0.81, 0.91),
    # status 0.900/0.900, cast 0.851/0.760, network 19/20 (session 8)
    # (first sight: 0.733/0.550, 0.746/0.667, 16/20)
    "articles_unseen20": (0.87, 0.87, 0.82, 0.73, 0.92),
    # status 0.950/0.826, cast 0.952/0.766, network 19/21
    # (first sight: 0.786/0.478, 0.758/0.610, 17/21)
    "articles_unseen21": (0.92, 0.79, 0.92, 0.73, 0.87),
    # status 1.000/0.952, cast 0.987/0.851, network 20/21
    # (first sight: 0.941/0.762, 0.987/0.851, 19/21)
    "articles_unseen22": (0.97, 0.92, 0.95, 0.82, 0.92),
    # status 1.000/0.526, cast 0.919/0.740, network 12/18
    # (first sight: 1.000/0.368, 0.870/0.519, 8/18)
    "articles_unseen23": (0.97, 0.49, 0.88, 0.71, 0.63),
    # status 0.923/0.571, cast 0.893/0.781, network 14/20
    # (first sight: 0.833/0.476, 0.798/0.698, 12/20)
    "articles_unseen24": (0.89, 0.54, 0.86, 0.75, 0.67),
    # Batches 25 to 30 (session 6): first sight on 0ea41d3 (25, 26), a1acb13 (27, 28) and
    # e3df667 (29, 30).
    # status 1.000/0.905, cast 0.893/0.781, network 15/17
    # (first sight: 0.818/0.429, 0.893/0.781, 13/17)
    "articles_unseen25": (0.97, 0.87, 0.86, 0.75, 0.85),
    # status 1.000/0.950, cast 0.970/0.907, network 20/20
    # (first sight: 0.786/0.550, 0.750/0.645, 14/20)
    "articles_unseen26": (0.97, 0.92, 0.94, 0.87, 0.97),
    # status 0.938/0.750, cast 1.000/0.918, network 15/19
    # (first sight: 0.700/0.350, 1.000/0.827, 12/19)
    "articles_unseen27": (0.90, 0.72, 0.97, 0.88, 0.75),
    # status 1.000/0.727, cast 0.924/0.716, network 18/21
    # (first sight: 0.769/0.455, 0.835/0.647, 13/21)
    "articles_unseen28": (0.97, 0.69, 0.89, 0.68, 0.82),
    # status 1.000/0.818, cast 0.985/0.833, network 20/20 (session 7)
    # (first sight: 0.833/0.227, 0.898/0.564, 8/20)
    "articles_unseen29": (0.97, 0.78, 0.95, 0.80, 0.95),
    # status 0.933/0.737, cast 0.986/0.811, network 18/19 (session 7)
    # (first sight: 0.538/0.368, 0.632/0.478, 9/19)
    "articles_unseen30": (0.90, 0.70, 0.95, 0.78, 0.90),
    # Batches 31 to 34 (session 7). 31 and 32 were held out: scored once, at the end of
    # the session's work (f63928f), beside the session-start snapshot 7a21c8d; 33 and 34
    # at first sight on ac3535c and dd4226c, then tuned on. Measured at c869df0:
    # status 0.864/0.731, cast 0.879/0.833, network 22/23
    # (held out at f63928f: 0.818/0.692, 0.879/0.833, 22/23; at 7a21c8d 0.824/0.538)
    # (session 8: status 0.958/0.885)
    "articles_unseen31": (0.93, 0.85, 0.85, 0.80, 0.91),
    # status 0.667/0.500, cast 0.876/0.817, network 19/20
    # (held out at f63928f: 0.600/0.450, 0.804/0.750, 18/20; at 7a21c8d 0.615/0.400)
    # (session 8: status 0.895/0.850, cast 0.907/0.846)
    "articles_unseen32": (0.86, 0.82, 0.87, 0.81, 0.90),
    # status 1.000/0.792, cast 0.941/0.856, network 22/23
    # (first sight at ac3535c: 0.923/0.500, 0.916/0.685, 17/23)
    "articles_unseen33": (0.97, 0.75, 0.91, 0.82, 0.91),
    # status 0.929/0.619, cast 0.946/0.737, network 16/20
    # (first sight at dd4226c: 0.667/0.286, 0.757/0.589, 12/20)
    "articles_unseen34": (0.89, 0.58, 0.91, 0.70, 0.77),
    # Batches 35 and 36 (session 8), held out: scored once at the end of the session's
    # work (d26e8b7) beside the session-start snapshot 93d3653 (see their README.md),
    # then tuned on (4a1185e, 80f7c7a). Measured at 80f7c7a:
    # status 0.933/0.636, cast 0.824/0.700, network 19/22
    # (held out at d26e8b7: 0.846/0.500, 0.753/0.640, 14/22; at 93d3653 0.833/0.455,
    # 0.800/0.640, 13/22)
    "articles_unseen35": (0.90, 0.60, 0.79, 0.67, 0.84),
    # status 0.895/0.708, cast 0.747/0.626, network 17/23 (tuned on: 4a1185e, e970e36)
    # (held out at d26e8b7: 0.789/0.625, 0.590/0.495, 16/23; at 93d3653 the same)
    "articles_unseen36": (0.86, 0.67, 0.71, 0.59, 0.70),
    # Batches 37 and 38 (session 9): scored at first sight on the session-start snapshot
    # 2fa4085 (and 6fd459d, the same), then tuned on (02f9262). Measured at 02f9262:
    # status 1.000/0.773, cast 0.986/0.864, network 20/21
    # (first sight: 0.812/0.591, 0.794/0.617, 12/21)
    "articles_unseen37": (0.95, 0.72, 0.95, 0.82, 0.90),
    # status 1.000/0.900, cast 0.978/0.901, network 18/20
    # (first sight: 0.643/0.450, 0.796/0.733, 12/20)
    "articles_unseen38": (0.95, 0.85, 0.94, 0.86, 0.85),
    # Batches 39 and 40 (session 9), held out: scored once at the end of the session's work
    # (f96ba8f) beside the session-start snapshot 2fa4085 (see their README.md), then tuned
    # on (b78d97f). Measured at b78d97f:
    # status 0.875/0.700, cast 0.928/0.711, network 18/20 (held out: the same);
    # raised in session 10: status 1.000/0.750, cast 1.000/0.789
    "articles_unseen39": (0.95, 0.70, 0.95, 0.75, 0.85),
    # status 0.778/0.778, cast 0.957/0.859, network 16/18
    # (held out at f96ba8f: 0.706/0.667, 0.914/0.821, 15/18; at 2fa4085 0.688/0.611);
    # raised in session 10: status 0.889/0.889
    "articles_unseen40": (0.85, 0.85, 0.92, 0.82, 0.85),
    # Batches 41 and 42 (session 10): scored at first sight on the session-start snapshot
    # 005e124 (see their README.md), then tuned on. Measured in session 10:
    # status 1.000/0.947, cast 0.989/0.926, network 18/19
    # (first sight: 0.625/0.526, 0.709/0.589, 12/19)
    "articles_unseen41": (0.95, 0.90, 0.95, 0.88, 0.90),
    # status 1.000/0.900, cast 1.000/0.965, network 20/20
    # (first sight: 0.688/0.550, 0.857/0.767, 17/20)
    "articles_unseen42": (0.95, 0.85, 0.95, 0.92, 0.95),
    # Batches 45 and 46 (session 10): scored at first sight on 005e124 and on the working
    # tree of the moment (see their README.md), then tuned on. Measured in session 10:
    # status 1.000/1.000, cast 0.974/0.904, network 17/17
    # (first sight: 1.000/0.882, 0.883/0.819, 16/17)
    "articles_unseen45": (0.95, 0.95, 0.95, 0.87, 0.95),
    # status 1.000/0.950, cast 1.000/0.919, network 17/19
    # (first sight: 0.789/0.750 at 005e124, 0.944/0.850 on the working tree)
    "articles_unseen46": (0.95, 0.90, 0.95, 0.88, 0.85),
    # Batches 47 and 48 (session 10): scored at first sight on 005e124, bdd5bc0 and the
    # working tree of the moment (see their README.md), then tuned on. Measured:
    # status 1.000/0.933, cast 0.931/0.848, network 13/15
    # (first sight at 005e124: 1.000/0.733, 0.736/0.671, 9/15)
    "articles_unseen47": (0.95, 0.90, 0.90, 0.82, 0.85),
    # status 0.941/1.000, cast 1.000/0.939, network 15/16
    # (first sight at 005e124: 0.857/0.750, 0.909/0.854, 14/16)
    "articles_unseen48": (0.90, 0.95, 0.95, 0.90, 0.90),
    # Batches 43 and 44 (session 10), held out until the end of the session's work and
    # scored once on 005e124 and d782560 (see their README.md); tuned on a little after.
    # status 0.929/0.684, cast 0.944/0.827, network 19/19 (held out: the same)
    "articles_unseen43": (0.90, 0.65, 0.92, 0.80, 0.95),
    # status 1.000/0.600, cast 0.846/0.726, network 15/20
    # (held out at d782560: 0.917/0.550, 0.769/0.660, 14/20; at 005e124 0.900/0.450)
    "articles_unseen44": (0.95, 0.55, 0.80, 0.70, 0.70),
    # Batches 49 and 50 (session 10): scored once on 005e124 and d782560, not tuned on.
    # status 0.929/0.650, cast 0.919/0.814, network 13/20 (first sight at 005e124:
    # 0.643/0.450, 0.855/0.757, 9/20)
    "articles_unseen49": (0.90, 0.60, 0.88, 0.78, 0.60),
    # status 0.929/0.812, cast 0.742/0.671, network 14/17 (the same at 005e124); after the
    # last commit's initials in titles ("The Michael J. Fox Show"): 1.000/0.938,
    # 0.894/0.808, 17/17
    "articles_unseen50": (0.95, 0.90, 0.85, 0.77, 0.95),
    # Batches 51 to 55, 57 and 58 (session 11): scored once at first sight on 08e74f5 and
    # the code of the moment (see their README.md), then tuned on.
    # status 1.000/0.944, cast 0.947/0.931, network 17/18 (first sight: 1.000/0.778,
    # 0.860/0.845, 15/18)
    "articles_unseen51": (0.95, 0.90, 0.92, 0.88, 0.90),
    # status 1.000/0.941, cast 0.961/0.849, network 16/17 (first sight: 0.933/0.824,
    # 0.868/0.767, 16/17)
    "articles_unseen52": (0.95, 0.90, 0.93, 0.82, 0.90),
    # status 1.000/1.000, cast 0.983/0.952, network 18/19 (first sight: 0.875/0.737,
    # 0.983/0.952, 17/19)
    "articles_unseen53": (0.95, 0.95, 0.95, 0.90, 0.90),
    # status 1.000/1.000, cast 0.959/0.909, network 16/16 (first sight: 0.800/0.750,
    # 0.812/0.727, 13/16)
    "articles_unseen55": (0.95, 0.95, 0.93, 0.87, 0.95),
    # status 1.000/0.950, cast 1.000/0.900, network 18/19 (first sight: 0.900/0.900,
    # 0.931/0.838, 17/19)
    "articles_unseen57": (0.95, 0.90, 0.95, 0.87, 0.90),
    # status 1.000/0.944, cast 0.984/0.924, network 16/17 (first sight: 0.800/0.667,
    # 0.811/0.652, 12/17)
    "articles_unseen58": (0.95, 0.90, 0.95, 0.88, 0.90),
    # Batches 56, 59 and 60 (session 11): held out, scored at first sight and on the last
    # code (b9f1208), never tuned on.
    # status 0.933/0.824, cast 0.806/0.771, network 12/16 (the same at 08e74f5)
    "articles_unseen56": (0.90, 0.80, 0.78, 0.75, 0.70),
    # status 1.000/0.938, cast 0.972/0.945, network 15/16
    "articles_unseen59": (0.95, 0.90, 0.95, 0.90, 0.90),
    # status 0.895/0.850, cast 0.915/0.717, network 15/16
    "articles_unseen60": (0.85, 0.80, 0.88, 0.70, 0.90),
    # status 1.000/1.000, cast 0.965/0.797, network 18/18 (first sight: 0.833/0.750,
    # 0.947/0.783, 17/18)
    "articles_unseen54": (0.95, 0.95, 0.93, 0.77, 0.95),
    # Batches 61 to 68 (session 12), measured on 8b24ecf; 62, 65 and 68 held out, never
    # tuned on (their first sight is in their README.md).
    # status 1.000/1.000, cast 0.954/0.925, network 16/16
    "articles_unseen61": (0.97, 0.97, 0.92, 0.89, 0.97),
    # status 0.929/0.722, cast 0.930/0.816, network 14/17
    "articles_unseen63": (0.89, 0.69, 0.90, 0.78, 0.79),
    # status 1.000/0.944, cast 0.960/0.800, network 15/17
    "articles_unseen64": (0.97, 0.91, 0.93, 0.77, 0.85),
    # status 1.000/0.941, cast 0.948/0.917, network 17/17 (raised in session 16)
    "articles_unseen66": (0.97, 0.91, 0.91, 0.88, 0.97),
    # status 0.889/0.941, cast 0.944/0.807, network 16/17
    "articles_unseen67": (0.85, 0.91, 0.91, 0.77, 0.91),
    # status 0.923/0.750, cast 1.000/0.713, network 14/16
    "articles_unseen62": (0.89, 0.72, 0.97, 0.68, 0.84),
    # status 0.750/0.750, cast 0.761/0.680, network 13/16
    "articles_unseen65": (0.72, 0.72, 0.73, 0.65, 0.78),
    # status 0.812/0.722, cast 0.807/0.719, network 16/18
    "articles_unseen68": (0.78, 0.69, 0.77, 0.68, 0.85),
    # Batches 69 to 84 (session 13), measured on e155a16; 70, 73, 75, 78, 81 and 84 held
    # out, never tuned on (their first sight is in their README.md).
    # status 1.000/0.938, cast 0.988/0.911, network 15/16
    "articles_unseen69": (0.97, 0.90, 0.95, 0.88, 0.90),
    # status 1.000/1.000, cast 0.984/0.925, network 17/17
    "articles_unseen71": (0.97, 0.97, 0.95, 0.89, 0.97),
    # status 1.000/0.882, cast 0.966/0.919, network 17/17
    "articles_unseen72": (0.97, 0.85, 0.93, 0.88, 0.97),
    # status 0.900/1.000, cast 0.940/0.870, network 15/16
    "articles_unseen74": (0.87, 0.97, 0.90, 0.84, 0.90),
    # status 1.000/0.944, cast 0.970/0.833, network 17/18
    "articles_unseen76": (0.97, 0.91, 0.94, 0.80, 0.91),
    # status 0.933/0.875, cast 0.885/0.793, network 15/16
    "articles_unseen77": (0.90, 0.84, 0.85, 0.76, 0.90),
    # status 0.938/0.938, cast 0.926/0.900, network 15/16
    "articles_unseen79": (0.90, 0.90, 0.89, 0.87, 0.90),
    # status 1.000/0.824, cast 0.969/0.912, network 15/15
    "articles_unseen80": (0.97, 0.79, 0.93, 0.88, 0.97),
    # status 1.000/1.000, cast 0.953/0.976, network 16/16
    "articles_unseen82": (0.97, 0.97, 0.92, 0.94, 0.97),
    # status 0.909/0.769, cast 0.808/0.525, network 12/14
    "articles_unseen83": (0.87, 0.73, 0.77, 0.49, 0.82),
    # status 0.917/0.688, cast 0.848/0.549, network 10/16
    "articles_unseen70": (0.88, 0.65, 0.81, 0.51, 0.59),
    # status 0.867/0.765, cast 0.981/0.946, network 17/17
    "articles_unseen73": (0.83, 0.73, 0.95, 0.91, 0.97),
    # status 0.857/0.800, cast 0.873/0.797, network 15/16
    "articles_unseen75": (0.82, 0.77, 0.84, 0.76, 0.90),
    # status 0.905/0.950, cast 1.000/0.964, network 17/17
    "articles_unseen78": (0.87, 0.92, 0.97, 0.93, 0.97),
    # status 0.923/0.706, cast 0.854/0.661, network 14/17
    "articles_unseen81": (0.89, 0.67, 0.82, 0.63, 0.79),
    # status 0.857/0.632, cast 0.712/0.468, network 12/18
    "articles_unseen84": (0.82, 0.60, 0.68, 0.43, 0.63),
    # status 1.000/1.000, cast 0.967/0.967, network 15/16
    "articles_unseen85": (0.97, 0.97, 0.93, 0.93, 0.90),
    # status 0.812/0.765, cast 0.741/0.678, network 14/16
    "articles_unseen86": (0.78, 0.73, 0.71, 0.64, 0.84),
    # status 1.000/0.812, cast 0.918/0.836, network 14/16
    "articles_unseen87": (0.97, 0.78, 0.88, 0.80, 0.84),
    # status 1.000/0.875, cast 0.898/0.800, network 17/19
    "articles_unseen88": (0.97, 0.84, 0.86, 0.77, 0.86),
    # status 0.778/0.778, cast 0.810/0.797, network 13/18
    "articles_unseen89": (0.74, 0.74, 0.77, 0.76, 0.69),
    # status 1.000/0.786, cast 0.889/0.645, network 14/16
    "articles_unseen90": (0.97, 0.75, 0.85, 0.61, 0.84),
    # status 1.000/0.812, cast 0.881/0.812, network 15/16
    "articles_unseen91": (0.97, 0.78, 0.85, 0.78, 0.90),
    # status 1.000/0.833, cast 0.936/0.863, network 15/16
    "articles_unseen92": (0.97, 0.80, 0.90, 0.83, 0.90),
    # status 0.857/0.706, cast 0.828/0.791, network 12/17
    "articles_unseen93": (0.82, 0.67, 0.79, 0.76, 0.67),
    # status 0.818/0.600, cast 0.878/0.741, network 12/16
    "articles_unseen94": (0.78, 0.56, 0.84, 0.71, 0.72),
    # status 0.941/0.941, cast 0.800/0.750, network 14/15
    "articles_unseen95": (0.91, 0.91, 0.77, 0.72, 0.90),
    # status 1.000/0.882, cast 0.943/0.893, network 14/15
    "articles_unseen96": (0.97, 0.85, 0.91, 0.86, 0.90),
    # status 0.923/0.750, cast 0.966/0.862, network 16/16
    "articles_unseen97": (0.89, 0.72, 0.93, 0.83, 0.97),
    # status 0.917/0.786, cast 0.838/0.775, network 10/14
    "articles_unseen98": (0.88, 0.75, 0.80, 0.74, 0.68),
    # status 0.786/0.688, cast 0.914/0.883, network 11/16
    "articles_unseen99": (0.75, 0.65, 0.88, 0.85, 0.65),
    # status 1.000/0.812, cast 0.914/0.736, network 13/16
    "articles_unseen100": (0.97, 0.78, 0.88, 0.70, 0.78),
    # status 1.000/1.000, cast 0.953/0.884, network 17/17
    "articles_unseen101": (0.97, 0.97, 0.92, 0.85, 0.95),
    # status 0.900/0.562, cast 0.886/0.684, network 11/16
    "articles_unseen102": (0.87, 0.53, 0.85, 0.65, 0.63),
    # status 1.000/0.824, cast 0.922/0.855, network 15/15
    "articles_unseen103": (0.97, 0.79, 0.89, 0.82, 0.95),
    # status 1.000/0.706, cast 1.000/0.806, network 15/17
    "articles_unseen104": (0.97, 0.67, 0.97, 0.77, 0.83),
    # status 1.000/0.938, cast 0.881/0.685, network 12/16
    "articles_unseen105": (0.97, 0.9, 0.85, 0.65, 0.7),
    # status 1.000/1.000, cast 0.810/0.739, network 13/15
    "articles_unseen106": (0.97, 0.97, 0.77, 0.7, 0.81),
    # status 0.941/0.941, cast 1.000/0.880, network 16/16
    "articles_unseen107": (0.91, 0.91, 0.97, 0.85, 0.95),
    # status 1.000/0.933, cast 0.943/0.868, network 15/16
    "articles_unseen108": (0.97, 0.9, 0.91, 0.83, 0.88),
    # status 0.929/0.812, cast 0.878/0.860, network 13/16
    "articles_unseen109": (0.89, 0.78, 0.84, 0.83, 0.76),
    # status 0.929/0.812, cast 0.826/0.731, network 14/16
    "articles_unseen110": (0.89, 0.78, 0.79, 0.7, 0.82),
    # status 0.917/0.647, cast 0.850/0.680, network 11/16
    "articles_unseen111": (0.88, 0.61, 0.82, 0.65, 0.63),
    # status 0.900/0.529, cast 0.821/0.593, network 12/16
    "articles_unseen112": (0.87, 0.49, 0.79, 0.56, 0.7),
    # status 0.938/0.938, cast 0.943/0.868, network 16/16
    "articles_unseen113": (0.9, 0.9, 0.91, 0.83, 0.95),
    # status 0.909/0.714, cast 0.590/0.548, network 12/13
    "articles_unseen114": (0.87, 0.68, 0.55, 0.51, 0.87),
    # status 1.000/1.000, cast 0.982/0.932, network 16/16
    "articles_unseen115": (0.97, 0.97, 0.95, 0.9, 0.95),
    # status 0.833/0.500, cast 0.792/0.671, network 16/18
    "articles_unseen116": (0.8, 0.47, 0.76, 0.64, 0.83),
    # status 0.917/0.917, cast 0.917/0.846, network 12/12
    "articles_unseen117": (0.88, 0.88, 0.88, 0.81, 0.95),
    # status 0.765/0.812, cast 0.875/0.745, network 15/16
    "articles_unseen118": (0.73, 0.78, 0.84, 0.71, 0.88),
    # status 0.917/0.786, cast 0.929/0.848, network 12/14
    "articles_unseen119": (0.88, 0.75, 0.89, 0.81, 0.8),
    # status 0.857/0.800, cast 0.896/0.796, network 12/15
    "articles_unseen120": (0.82, 0.77, 0.86, 0.76, 0.75),
    # status 1.000/0.714, cast 0.960/0.923, network 13/14
    "articles_unseen121": (0.97, 0.68, 0.93, 0.89, 0.87),
    # status 0.750/0.562, cast 0.735/0.714, network 13/16
    "articles_unseen122": (0.72, 0.53, 0.7, 0.68, 0.76),
    # status 0.857/0.750, cast 0.579/0.512, network 13/15
    "articles_unseen123": (0.82, 0.72, 0.54, 0.48, 0.81),
    # status 1.000/0.917, cast 1.000/1.000, network 12/12
    "articles_unseen124": (0.97, 0.88, 0.97, 0.97, 0.95),
    # Batches 125 to 140 (session 16): floors below what the final code measured; 127, 130
    # and 132, and 133, 135, 136, 138 and 140, were held out (see their README.md files).
    # status 1.000/1.000, cast 1.000/0.952, network 13/13
    "articles_unseen125": (0.97, 0.97, 0.97, 0.92, 0.97),
    # status 0.923/0.857, cast 0.933/0.808, network 13/14
    "articles_unseen126": (0.89, 0.82, 0.9, 0.77, 0.89),
    # status 1.000/0.857, cast 0.816/0.705, network 14/14
    "articles_unseen127": (0.97, 0.82, 0.78, 0.67, 0.97),
    # status 1.000/0.818, cast 0.966/0.903, network 11/12
    "articles_unseen128": (0.97, 0.78, 0.93, 0.87, 0.88),
    # status 1.000/0.875, cast 0.957/0.733, network 10/10
    "articles_unseen129": (0.97, 0.84, 0.92, 0.7, 0.97),
    # status 1.000/0.800, cast 1.000/0.941, network 13/14
    "articles_unseen130": (0.97, 0.77, 0.97, 0.91, 0.89),
    # status 1.000/0.917, cast 0.760/0.717, network 15/16
    "articles_unseen131": (0.97, 0.88, 0.73, 0.68, 0.9),
    # status 1.000/0.727, cast 0.923/0.889, network 12/15
    "articles_unseen132": (0.97, 0.69, 0.89, 0.85, 0.77),
    # status 0.917/0.733, cast 0.940/0.746, network 14/16
    "articles_unseen133": (0.88, 0.7, 0.9, 0.71, 0.84),
    # status 0.933/1.000, cast 0.968/0.884, network 11/13
    "articles_unseen134": (0.9, 0.97, 0.93, 0.85, 0.81),
    # status 1.000/0.857, cast 0.897/0.812, network 11/15
    "articles_unseen135": (0.97, 0.82, 0.86, 0.78, 0.7),
    # status 1.000/0.571, cast 0.818/0.804, network 13/14
    "articles_unseen136": (0.97, 0.54, 0.78, 0.77, 0.89),
    # status 1.000/1.000, cast 0.985/1.000, network 14/14
    "articles_unseen137": (0.97, 0.97, 0.95, 0.97, 0.97),
    # status 0.667/0.571, cast 0.774/0.649, network 12/14
    "articles_unseen138": (0.63, 0.54, 0.74, 0.61, 0.82),
    # status 1.000/0.857, cast 0.935/0.843, network 14/14
    "articles_unseen139": (0.97, 0.82, 0.9, 0.81, 0.97),
    # status 0.917/0.647, cast 0.889/0.816, network 16/17
    "articles_unseen140": (0.88, 0.61, 0.85, 0.78, 0.91),
    # status 0.938/0.938, cast 0.929/0.848, network 14/15
    "articles_unseen141": (0.9, 0.9, 0.89, 0.81, 0.9),
    # status 1.000/0.933, cast 1.000/0.895, network 12/13 (raised in session 30)
    "articles_unseen142": (0.97, 0.9, 0.97, 0.86, 0.89),
    # status 1.000/0.824, cast 0.904/0.815, network 13/16
    "articles_unseen143": (0.97, 0.79, 0.87, 0.78, 0.78),
    # status 1.000/0.933, cast 0.980/0.803, network 13/15
    "articles_unseen144": (0.97, 0.9, 0.95, 0.77, 0.83),
    # status 0.846/0.733, cast 0.863/0.746, network 12/14
    "articles_unseen145": (0.81, 0.7, 0.83, 0.71, 0.82),
    # status 1.000/1.000, cast 0.941/0.889, network 12/14
    "articles_unseen146": (0.97, 0.97, 0.91, 0.85, 0.82),
    # status 1.000/1.000, cast 0.950/0.864, network 14/15
    "articles_unseen147": (0.97, 0.97, 0.92, 0.83, 0.9),
    # status 0.900/0.692, cast 0.714/0.507, network 13/18
    "articles_unseen148": (0.87, 0.66, 0.68, 0.47, 0.69),
    # status 0.923/0.857, cast 0.787/0.661, network 11/12
    "articles_unseen149": (0.89, 0.82, 0.75, 0.63, 0.88),
    # status 0.929/1.000, cast 0.875/0.808, network 11/12
    "articles_unseen150": (0.89, 0.97, 0.84, 0.77, 0.88),
    # status 1.000/1.000, cast 0.915/0.871, network 14/14
    "articles_unseen151": (0.97, 0.97, 0.88, 0.84, 0.97),
    # status 1.000/0.933, cast 0.955/0.887, network 13/14
    "articles_unseen152": (0.97, 0.9, 0.92, 0.85, 0.89),
    # status 1.000/1.000, cast 1.000/0.853, network 10/10
    "articles_unseen153": (0.97, 0.97, 0.97, 0.82, 0.97),
    # status 1.000/1.000, cast 0.952/0.889, network 11/12
    "articles_unseen154": (0.97, 0.97, 0.92, 0.85, 0.88),
    # status 1.000/1.000, cast 0.952/1.000, network 12/12
    "articles_unseen155": (0.97, 0.97, 0.92, 0.97, 0.97),
    # status 0.933/0.875, cast 0.985/0.802, network 13/14
    "articles_unseen156": (0.9, 0.84, 0.95, 0.77, 0.89),
    # status 1.000/1.000, cast 0.895/0.773, network 12/13
    "articles_unseen157": (0.97, 0.97, 0.86, 0.74, 0.89),
    # status 1.000/1.000, cast 1.000/1.000, network 13/13
    "articles_unseen158": (0.97, 0.97, 0.97, 0.97, 0.97),
    # status 0.929/0.867, cast 1.000/0.833, network 15/15
    "articles_unseen159": (0.89, 0.83, 0.97, 0.8, 0.97),
    # status 1.000/1.000, cast 0.943/0.877, network 10/10
    "articles_unseen160": (0.97, 0.97, 0.91, 0.84, 0.97),
    # status 1.000/1.000, cast 0.959/0.904, network 11/12
    "articles_unseen161": (0.97, 0.97, 0.92, 0.87, 0.88),
    # status 1.000/0.667, cast 0.744/0.725, network 8/11
    "articles_unseen162": (0.97, 0.63, 0.71, 0.69, 0.69),
    # status 1.000/0.857, cast 0.976/0.784, network 13/14
    "articles_unseen163": (0.97, 0.82, 0.94, 0.75, 0.89),
    # status 0.800/0.667, cast 0.912/0.838, network 6/8
    "articles_unseen164": (0.77, 0.63, 0.88, 0.8, 0.72),
    # status 1.000/1.000, cast 0.949/0.903, network 15/15
    "articles_unseen165": (0.97, 0.97, 0.91, 0.87, 0.97),
    # status 1.000/1.000, cast 0.974/0.925, network 13/13
    "articles_unseen166": (0.97, 0.97, 0.94, 0.89, 0.97),
    # status 1.000/1.000, cast 1.000/0.981, network 13/14
    "articles_unseen167": (0.97, 0.97, 0.97, 0.95, 0.89),
    # status 0.933/1.000, cast 1.000/0.919, network 14/14
    "articles_unseen168": (0.9, 0.97, 0.97, 0.88, 0.97),
    # status 1.000/1.000, cast 1.000/0.955, network 11/12
    "articles_unseen169": (0.97, 0.97, 0.97, 0.92, 0.88),
    # status 0.571/0.571, cast 0.946/0.897, network 7/8
    "articles_unseen170": (0.54, 0.54, 0.91, 0.86, 0.84),
    # status 1.000/0.929, cast 1.000/0.879, network 12/14
    "articles_unseen171": (0.97, 0.89, 0.97, 0.84, 0.82),
    # status 1.000/1.000, cast 0.982/0.964, network 12/12
    "articles_unseen172": (0.97, 0.97, 0.95, 0.93, 0.97),
    # status 1.000/1.000, cast 0.977/0.935, network 14/15
    "articles_unseen173": (0.97, 0.97, 0.94, 0.9, 0.9),
    # status 1.000/0.917, cast 0.945/0.897, network 10/12
    "articles_unseen174": (0.97, 0.88, 0.91, 0.86, 0.8),
    # status 1.000/1.000, cast 1.000/0.926, network 15/16
    "articles_unseen175": (0.97, 0.97, 0.97, 0.89, 0.9),
    # status 1.000/1.000, cast 1.000/0.956, network 12/12
    "articles_unseen176": (0.97, 0.97, 0.97, 0.92, 0.97),
    # status 0.909/1.000, cast 1.000/0.872, network 7/7
    "articles_unseen177": (0.87, 0.97, 0.97, 0.84, 0.97),
    # status 1.000/1.000, cast 0.976/0.911, network 10/12
    "articles_unseen178": (0.97, 0.97, 0.94, 0.88, 0.8),
    # status 0.900/0.600, cast 0.769/0.702, network 11/12
    "articles_unseen179": (0.87, 0.57, 0.73, 0.67, 0.88),
    # status 1.000/1.000, cast 1.000/0.950, network 10/10
    "articles_unseen180": (0.97, 0.97, 0.97, 0.92, 0.97),
    # status 0.833/0.833, cast 0.875/0.824, network 11/12
    "articles_unseen181": (0.8, 0.8, 0.84, 0.79, 0.88),
    # status 0.857/0.600, cast 0.710/0.667, network 9/10
    "articles_unseen182": (0.82, 0.57, 0.67, 0.63, 0.87),
    # status 0.900/0.692, cast 0.860/0.787, network 9/12
    "articles_unseen183": (0.87, 0.66, 0.83, 0.75, 0.72),
    # status 1.000/1.000, cast 0.953/0.872, network 12/12
    "articles_unseen184": (0.97, 0.97, 0.92, 0.84, 0.97),
    # status 0.889/0.667, cast 0.929/0.722, network 10/12
    "articles_unseen185": (0.85, 0.63, 0.89, 0.69, 0.8),
    # status 1.000/1.000, cast 0.964/0.900, network 9/10
    "articles_unseen186": (0.97, 0.97, 0.93, 0.87, 0.87),
    # status 0.833/1.000, cast 0.967/0.892, network 11/12
    "articles_unseen187": (0.8, 0.97, 0.93, 0.86, 0.88),
    # status 1.000/0.750, cast 0.950/0.792, network 9/12
    "articles_unseen188": (0.97, 0.72, 0.92, 0.76, 0.72),
    # status 1.000/1.000, cast 0.909/0.909, network 12/12
    "articles_unseen189": (0.97, 0.97, 0.87, 0.87, 0.97),
    # status 1.000/1.000, cast 1.000/0.950, network 10/10
    "articles_unseen190": (0.97, 0.97, 0.97, 0.92, 0.97),
    # status 1.000/1.000, cast 0.966/0.966, network 12/12
    "articles_unseen191": (0.97, 0.97, 0.93, 0.93, 0.97),
    # status 1.000/1.000, cast 1.000/0.978, network 8/10
    "articles_unseen192": (0.97, 0.97, 0.97, 0.94, 0.77),
    # status 1.000/0.900, cast 0.978/0.880, network 10/10
    "articles_unseen193": (0.97, 0.87, 0.94, 0.85, 0.97),
    # status 1.000/0.900, cast 1.000/0.767, network 8/10
    "articles_unseen194": (0.97, 0.87, 0.97, 0.73, 0.77),
    # status 1.000/0.857, cast 1.000/0.873, network 14/14
    "articles_unseen195": (0.97, 0.82, 0.97, 0.84, 0.97),
    # status 1.000/1.000, cast 0.964/0.931, network 8/8
    "articles_unseen196": (0.97, 0.97, 0.93, 0.9, 0.97),
    # status 1.000/1.000, cast 1.000/0.933, network 13/14
    "articles_unseen197": (0.97, 0.97, 0.97, 0.9, 0.89),
    # status 1.000/1.000, cast 0.900/0.804, network 6/8
    "articles_unseen198": (0.97, 0.97, 0.87, 0.77, 0.72),
    # status 1.000/0.900, cast 0.953/0.911, network 8/10
    "articles_unseen199": (0.97, 0.87, 0.92, 0.88, 0.77),
    # status 0.875/1.000, cast 0.932/0.854, network 10/13
    "articles_unseen200": (0.84, 0.97, 0.9, 0.82, 0.73),
    # status 1.000/1.000, cast 0.957/0.900, network 11/11
    "articles_unseen201": (0.97, 0.97, 0.92, 0.87, 0.97),
    # status 1.000/0.769, cast 0.972/0.897, network 10/12
    "articles_unseen202": (0.97, 0.73, 0.94, 0.86, 0.8),
    # status 1.000/0.833, cast 1.000/0.980, network 12/12
    "articles_unseen203": (0.97, 0.8, 0.97, 0.95, 0.97),
    # status 1.000/0.917, cast 1.000/0.977, network 11/12
    "articles_unseen204": (0.97, 0.88, 0.97, 0.94, 0.88),
    # status 1.000/0.929, cast 1.000/0.841, network 12/12
    "articles_unseen205": (0.97, 0.89, 0.97, 0.81, 0.97),
    # status 1.000/0.929, cast 0.918/0.776, network 14/14
    "articles_unseen206": (0.97, 0.89, 0.88, 0.74, 0.97),
    # status 1.000/0.923, cast 0.957/0.898, network 14/14
    "articles_unseen207": (0.97, 0.89, 0.92, 0.86, 0.97),
    # status 1.000/1.000, cast 0.962/0.926, network 12/12
    "articles_unseen208": (0.97, 0.97, 0.93, 0.89, 0.97),
    # Batches 209 to 216 (session 21, 2026-11-27, on f69b8e4); 209 to 212 raised in session
    # 22 (on 66dbe15), after their errors were read.
    # status 1.000/0.917, cast 0.917/0.892, network 10/12 (read in session 22)
    "articles_unseen209": (0.97, 0.88, 0.88, 0.86, 0.8),
    # status 1.000/0.917, cast 0.942/0.942, network 12/12 (read in session 22)
    "articles_unseen210": (0.97, 0.88, 0.91, 0.91, 0.97),
    # status 0.933/1.000, cast 0.985/0.970, network 14/14 (read in session 22)
    "articles_unseen211": (0.9, 0.97, 0.95, 0.93, 0.97),
    # status 1.000/0.714, cast 0.865/0.849, network 12/12 (read in session 22)
    "articles_unseen212": (0.97, 0.68, 0.83, 0.81, 0.97),
    # status 1.000/0.933, cast 0.958/0.902, network 14/14 (tuning)
    "articles_unseen213": (0.97, 0.9, 0.92, 0.87, 0.97),
    # status 0.923/0.857, cast 0.938/0.865, network 13/13 (tuning)
    "articles_unseen214": (0.89, 0.82, 0.9, 0.83, 0.97),
    # status 1.000/1.000, cast 1.000/1.000, network 12/12 (tuning)
    "articles_unseen215": (0.97, 0.97, 0.97, 0.97, 0.97),
    # status 1.000/1.000, cast 1.000/0.958, network 12/12 (tuning)
    "articles_unseen216": (0.97, 0.97, 0.97, 0.92, 0.97),
    # Batches 217 to 224 (session 22, 2026-11-27, on 66dbe15); 217 to 220 raised in
    # session 23 (79e94e0), after their errors were read.
    # status 1.000/0.909, cast 1.000/0.873, network 13/15 (read in session 23)
    "articles_unseen217": (0.97, 0.87, 0.97, 0.84, 0.83),
    # status 1.000/1.000, cast 0.909/0.877, network 11/11 (read in session 23)
    "articles_unseen218": (0.97, 0.97, 0.87, 0.84, 0.97),
    # status 1.000/0.857, cast 0.980/0.960, network 13/13 (read in session 23)
    "articles_unseen219": (0.97, 0.82, 0.94, 0.93, 0.97),
    # status 1.000/0.778, cast 0.917/0.898, network 9/12 (read in session 23)
    "articles_unseen220": (0.97, 0.74, 0.88, 0.86, 0.72),
    # status 1.000/1.000, cast 1.000/0.882, network 10/10 (tuning)
    "articles_unseen221": (0.97, 0.97, 0.97, 0.85, 0.97),
    # status 1.000/1.000, cast 0.955/0.940, network 11/12 (tuning)
    "articles_unseen222": (0.97, 0.97, 0.92, 0.91, 0.88),
    # status 1.000/0.692, cast 0.927/0.944, network 13/13 (tuning)
    "articles_unseen223": (0.97, 0.66, 0.89, 0.91, 0.97),
    # status 0.917/0.917, cast 0.939/0.939, network 12/12 (tuning)
    "articles_unseen224": (0.88, 0.88, 0.9, 0.9, 0.97),
    # Batches 225 to 232 (session 23, 2026-11-28, on 79e94e0); 225 to 228 from their one
    # held-out run, raised in session 24 (on 0adb9f4) after they were read.
    # status 1.000/0.929, cast 0.911/0.854, network 11/11 (read in session 24)
    "articles_unseen225": (0.97, 0.89, 0.88, 0.82, 0.97),
    # status 1.000/0.875, cast 1.000/0.848, network 9/11 (read in session 24)
    "articles_unseen226": (0.97, 0.84, 0.97, 0.81, 0.78),
    # status 1.000/1.000, cast 1.000/0.943, network 10/10 (read in session 24)
    "articles_unseen227": (0.97, 0.97, 0.97, 0.91, 0.97),
    # status 0.900/0.818, cast 0.939/0.920, network 13/13 (read in session 24)
    "articles_unseen228": (0.87, 0.78, 0.9, 0.89, 0.97),
    # status 1.000/1.000, cast 0.875/0.875, network 10/10 (tuning)
    "articles_unseen229": (0.97, 0.97, 0.84, 0.84, 0.97),
    # status 1.000/1.000, cast 0.968/0.968, network 11/11 (tuning)
    "articles_unseen230": (0.97, 0.97, 0.93, 0.93, 0.97),
    # status 0.917/0.917, cast 0.975/0.929, network 12/12 (tuning)
    "articles_unseen231": (0.88, 0.88, 0.94, 0.89, 0.97),
    # status 0.889/0.727, cast 1.000/0.926, network 11/12 (tuning)
    "articles_unseen232": (0.85, 0.69, 0.97, 0.89, 0.88),
    # Batches 233 to 240 (session 24, 2026-11-28, on 0adb9f4); 233 to 236 raised in session
    # 25 (on 9502eff), which read them.
    # status 1.000/1.000, cast 0.974/0.974, network 10/11 (read in session 25)
    "articles_unseen233": (0.97, 0.97, 0.94, 0.94, 0.87),
    # status 1.000/0.917, cast 0.925/0.841, network 13/13 (read in session 25)
    "articles_unseen234": (0.97, 0.88, 0.89, 0.81, 0.97),
    # status 1.000/1.000, cast 0.978/0.938, network 12/12 (read in session 25)
    "articles_unseen235": (0.97, 0.97, 0.94, 0.9, 0.97),
    # status 1.000/0.889, cast 1.000/1.000, network 11/11 (read in session 25)
    "articles_unseen236": (0.97, 0.85, 0.97, 0.97, 0.97),
    # status 1.000/0.917, cast 0.583/0.568, network 10/12 (tuning)
    "articles_unseen237": (0.97, 0.88, 0.55, 0.53, 0.8),
    # status 0.900/0.818, cast 0.559/0.543, network 10/11 (tuning)
    "articles_unseen238": (0.87, 0.78, 0.52, 0.51, 0.87),
    # status 1.000/0.933, cast 0.778/0.778, network 12/12 (tuning)
    "articles_unseen239": (0.97, 0.9, 0.74, 0.74, 0.97),
    # status 1.000/1.000, cast 1.000/0.927, network 11/11 (tuning)
    "articles_unseen240": (0.97, 0.97, 0.97, 0.89, 0.97),
    # Batches 241 to 248 (session 25, 2026-11-28, on 9502eff); 241 to 244 from their one
    # held-out run at the end of the session.
    # status 1.000/1.000, cast 0.959/0.934, network 13/14 (read in session 26)
    "articles_unseen241": (0.97, 0.97, 0.92, 0.9, 0.89),
    # status 1.000/0.818, cast 1.000/0.967, network 11/12 (read in session 26)
    "articles_unseen242": (0.97, 0.78, 0.97, 0.93, 0.88),
    # status 1.000/0.875, cast 1.000/0.971, network 8/9 (read in session 26)
    "articles_unseen243": (0.97, 0.84, 0.97, 0.94, 0.85),
    # status 1.000/0.900, cast 0.920/0.902, network 11/12 (read in session 26)
    "articles_unseen244": (0.97, 0.87, 0.89, 0.87, 0.88),
    # status 0.846/0.917, cast 0.900/0.900, network 11/12 (tuning)
    "articles_unseen245": (0.81, 0.88, 0.87, 0.87, 0.88),
    # status 0.900/0.900, cast 1.000/0.976, network 13/13 (tuning)
    "articles_unseen246": (0.87, 0.87, 0.97, 0.94, 0.97),
    # status 1.000/0.818, cast 0.973/0.750, network 11/12 (tuning)
    "articles_unseen247": (0.97, 0.78, 0.94, 0.72, 0.88),
    # status 1.000/1.000, cast 0.977/0.977, network 7/9 (tuning)
    "articles_unseen248": (0.97, 0.97, 0.94, 0.94, 0.74),
    # Batches 249 to 256 (session 26, 2026-11-28, on a174f44); 249 to 252 from their one
    # held-out run at the end of the session; 241 to 244 raised after they were read.
    # status 0.889/0.800, cast 0.647/0.355, network 8/11 (held out, round 16)
    "articles_unseen249": (0.87, 0.87, 0.61, 0.32, 0.69),
    # status 0.778/0.700, cast 0.887/0.758, network 10/12 (held out, round 16)
    "articles_unseen250": (0.77, 0.77, 0.86, 0.76, 0.8),
    # status 1.000/0.625, cast 0.944/0.872, network 9/10 (held out, round 16)
    "articles_unseen251": (0.97, 0.72, 0.91, 0.84, 0.87),
    # status 0.833/0.625, cast 0.897/0.833, network 10/11 (held out, round 16)
    "articles_unseen252": (0.8, 0.59, 0.87, 0.85, 0.87),
    # status 1.000/0.833, cast 0.816/0.784, network 12/13 (tuning)
    "articles_unseen253": (0.97, 0.8, 0.78, 0.75, 0.89),
    # status 1.000/1.000, cast 0.915/0.896, network 12/12 (tuning)
    "articles_unseen254": (0.97, 0.97, 0.88, 0.86, 0.97),
    # status 1.000/1.000, cast 1.000/0.955, network 9/10 (tuning)
    "articles_unseen255": (0.97, 0.97, 0.97, 0.92, 0.87),
    # status 1.000/1.000, cast 0.875/0.800, network 11/12 (tuning)
    "articles_unseen256": (0.97, 0.97, 0.84, 0.77, 0.88),
    # Batches 257 to 264 (session 27, 2026-11-28, on 3eccccd); 249 to 252 raised after they
    # were read; 257 to 260 held out then, read and raised in session 28 (on 82e3912).
    # status 0.833/0.833, cast 0.980/0.962, network 13/13 (read in session 28)
    "articles_unseen257": (0.8, 0.8, 0.95, 0.93, 0.97),
    # status 1.000/0.600, cast 0.981/0.963, network 14/15 (read in session 28)
    "articles_unseen258": (0.97, 0.56, 0.95, 0.93, 0.9),
    # status 0.750/0.600, cast 1.000/1.000, network 9/10 (read in session 28)
    "articles_unseen259": (0.72, 0.56, 0.97, 0.97, 0.87),
    # status 1.000/0.857, cast 0.911/0.911, network 10/12 (read in session 28)
    "articles_unseen260": (0.97, 0.82, 0.88, 0.88, 0.8),
    # status 1.000/0.750, cast 0.972/0.897, network 11/14 (tuning)
    "articles_unseen261": (0.97, 0.72, 0.94, 0.86, 0.75),
    # status 0.846/0.917, cast 0.875/0.745, network 11/13 (tuning)
    "articles_unseen262": (0.81, 0.88, 0.84, 0.71, 0.81),
    # status 1.000/1.000, cast 0.978/0.978, network 12/13 (tuning)
    "articles_unseen263": (0.97, 0.97, 0.94, 0.94, 0.89),
    # status 1.000/1.000, cast 0.853/0.763, network 9/11 (tuning)
    "articles_unseen264": (0.97, 0.97, 0.82, 0.73, 0.78),
    # Batches 265 to 272 (session 28, 2026-11-28, on 82e3912); 265 to 268 from their
    # held-out run at the end of the session; 257 to 260 raised after they were read.
    # status 0.917/0.786, cast 0.756/0.756, network 9/10 (read in session 29)
    "articles_unseen265": (0.88, 0.75, 0.72, 0.72, 0.87),
    # status 0.900/1.000, cast 1.000/0.929, network 9/10 (held out, round 18)
    "articles_unseen266": (0.87, 0.97, 0.97, 0.89, 0.87),
    # status 0.889/1.000, cast 0.907/0.907, network 10/10 (read in session 29)
    "articles_unseen267": (0.85, 0.97, 0.87, 0.87, 0.97),
    # status 0.875/0.875, cast 0.955/0.955, network 11/12 (read in session 29)
    "articles_unseen268": (0.84, 0.84, 0.92, 0.92, 0.88),
    # status 1.000/1.000, cast 1.000/0.973, network 11/12 (tuning)
    "articles_unseen269": (0.97, 0.97, 0.97, 0.94, 0.88),
    # status 0.833/0.769, cast 0.833/0.795, network 12/13 (tuning; raised in session 29)
    "articles_unseen270": (0.8, 0.73, 0.8, 0.76, 0.89),
    # status 1.000/0.875, cast 0.923/0.923, network 11/12 (tuning)
    "articles_unseen271": (0.97, 0.84, 0.89, 0.89, 0.88),
    # status 0.900/0.692, cast 0.907/0.929, network 11/12 (tuning)
    "articles_unseen272": (0.87, 0.66, 0.87, 0.89, 0.88),
    # Batches 273 to 280 (session 29, 2026-11-28, on the session's final code); 273 to 276
    # from their held-out run at the end of the session; 265, 267, 268 and 270 raised.
    # status 1.000/1.000, cast 0.958/0.939, network 9/10 (read in session 30)
    "articles_unseen273": (0.97, 0.97, 0.92, 0.9, 0.87),
    # status 1.000/1.000, cast 0.902/0.873, network 9/9 (read in session 30)
    "articles_unseen274": (0.97, 0.97, 0.87, 0.84, 0.97),
    # status 1.000/1.000, cast 0.979/0.868, network 9/9 (read in session 30)
    "articles_unseen275": (0.97, 0.97, 0.94, 0.83, 0.97),
    # status 0.909/1.000, cast 0.973/0.959, network 10/10 (read in session 30)
    "articles_unseen276": (0.87, 0.97, 0.94, 0.92, 0.97),
    # status 0.875/0.875, cast 0.956/0.878, network 9/10 (tuning)
    "articles_unseen277": (0.84, 0.84, 0.92, 0.84, 0.87),
    # status 0.778/0.778, cast 0.635/0.635, network 8/10 (tuning)
    "articles_unseen278": (0.74, 0.74, 0.6, 0.6, 0.77),
    # status 1.000/0.800, cast 0.935/0.906, network 10/11 (tuning)
    "articles_unseen279": (0.97, 0.77, 0.9, 0.87, 0.87),
    # status 1.000/1.000, cast 0.977/0.956, network 10/10 (tuning)
    "articles_unseen280": (0.97, 0.97, 0.94, 0.92, 0.97),
    # Batches 281 to 288 (session 30, 2026-11-29, on ef1ebb5); 281 to 284 from their
    # held-out run at the end of the session; 273 to 276 and 142 raised.
    # status 1.000/1.000, cast 0.867/0.881, network 8/10 (round 20, read in session 31)
    "articles_unseen281": (0.97, 0.97, 0.83, 0.85, 0.77),
    # status 0.900/1.000, cast 0.897/0.825, network 9/9 (round 20, read in session 31)
    "articles_unseen282": (0.87, 0.97, 0.86, 0.79, 0.97),
    # status 1.000/1.000, cast 0.811/0.811, network 8/9 (round 20, read in session 31)
    "articles_unseen283": (0.97, 0.97, 0.78, 0.78, 0.85),
    # status 1.000/1.000, cast 0.824/0.800, network 9/9 (held out, round 20)
    "articles_unseen284": (0.97, 0.97, 0.79, 0.77, 0.97),
    # status 0.889/0.800, cast 0.755/0.690, network 8/10 (tuning)
    "articles_unseen285": (0.85, 0.77, 0.72, 0.65, 0.77),
    # status 0.900/1.000, cast 0.951/0.829, network 8/9 (tuning)
    "articles_unseen286": (0.87, 0.97, 0.92, 0.79, 0.85),
    # status 1.000/1.000, cast 0.705/0.717, network 10/10 (tuning)
    "articles_unseen287": (0.97, 0.97, 0.67, 0.68, 0.97),
    # status 1.000/1.000, cast 0.902/0.885, network 10/10 (tuning)
    "articles_unseen288": (0.97, 0.97, 0.87, 0.85, 0.97),
    # Batches 289 to 296 (session 31, 2026-11-29, on 3ed5e88); 289 to 292 from their
    # held-out run at the end of the session; 281 to 283 raised after round 20 was read.
    # (289 to 291 raised in session 32, on 724cd99, after round 21 was read.)
    # status 1.000/0.889, cast 0.948/0.917, network 11/11 (read after round 21)
    "articles_unseen289": (0.97, 0.85, 0.91, 0.88, 0.97),
    # status 0.909/1.000, cast 0.839/0.904, network 10/10 (read after round 21)
    "articles_unseen290": (0.87, 0.97, 0.8, 0.87, 0.97),
    # status 1.000/1.000, cast 0.968/0.857, network 10/10 (read after round 21)
    "articles_unseen291": (0.97, 0.97, 0.93, 0.82, 0.97),
    # status 0.818/0.900, cast 0.962/0.909, network 10/10 (held out, round 21)
    "articles_unseen292": (0.78, 0.87, 0.93, 0.87, 0.97),
    # status 0.909/1.000, cast 0.934/0.934, network 9/9 (tuning)
    "articles_unseen293": (0.87, 0.97, 0.9, 0.9, 0.97),
    # status 1.000/0.900, cast 0.859/0.859, network 9/10 (tuning)
    "articles_unseen294": (0.97, 0.87, 0.82, 0.82, 0.87),
    # status 1.000/1.000, cast 0.931/0.931, network 11/11 (tuning)
    "articles_unseen295": (0.97, 0.97, 0.9, 0.9, 0.97),
    # status 1.000/0.800, cast 0.952/0.938, network 11/11 (tuning)
    "articles_unseen296": (0.97, 0.77, 0.92, 0.9, 0.97),
    # Batches 297 to 300 (session 32's held-out round 22), raised in session 33 (on 66d48b4)
    # after they were read.
    # status 0.889/1.000, cast 1.000/1.000, network 9/9 (read, round 22)
    "articles_unseen297": (0.85, 0.97, 0.97, 0.97, 0.97),
    # status 1.000/1.000, cast 0.902/0.767, network 8/9 (read, round 22)
    "articles_unseen298": (0.97, 0.97, 0.87, 0.73, 0.85),
    # status 0.900/1.000, cast 0.966/0.836, network 10/10 (read, round 22)
    "articles_unseen299": (0.87, 0.97, 0.93, 0.8, 0.97),
    # status 1.000/1.000, cast 0.935/0.967, network 8/9 (read, round 22)
    "articles_unseen300": (0.97, 0.97, 0.9, 0.93, 0.85),
    # Batches 301 to 304 (session 32, 2026-11-29, on 724cd99): tuning.
    # status 0.900/0.900, cast 0.894/0.937, network 9/10 (tuning)
    "articles_unseen301": (0.87, 0.87, 0.86, 0.9, 0.87),
    # status 1.000/0.800, cast 0.986/0.899, network 10/10 (tuning)
    "articles_unseen302": (0.97, 0.77, 0.95, 0.86, 0.97),
    # status 1.000/0.909, cast 0.936/0.936, network 10/10 (tuning)
    "articles_unseen303": (0.97, 0.87, 0.9, 0.9, 0.97),
    # status 1.000/0.900, cast 0.931/0.885, network 8/10 (tuning)
    "articles_unseen304": (0.97, 0.87, 0.9, 0.85, 0.77),
    # Batches 305 to 308 (session 33's held-out round 23), raised in session 34 (on 5a394a6)
    # after they were read.
    # status 0.923/1.000, cast 0.988/0.988, network 10/11 (read, round 23)
    "articles_unseen305": (0.89, 0.97, 0.95, 0.95, 0.87),
    # status 0.889/0.889, cast 0.905/0.864, network 9/10 (read, round 23)
    "articles_unseen306": (0.85, 0.85, 0.87, 0.83, 0.87),
    # status 1.000/1.000, cast 0.935/0.935, network 10/11 (read, round 23)
    "articles_unseen307": (0.97, 0.97, 0.9, 0.9, 0.87),
    # status 1.000/1.000, cast 0.985/0.985, network 9/10 (read, round 23)
    "articles_unseen308": (0.97, 0.97, 0.95, 0.95, 0.87),
    # Batches 309 to 312 (session 34's held-out round 24), raised in session 35 (on 8d09598)
    # after they were read.
    # status 1.000/1.000, cast 0.968/0.953, network 9/9 (read, round 24)
    "articles_unseen309": (0.97, 0.97, 0.93, 0.92, 0.97),
    # status 1.000/1.000, cast 1.000/0.968, network 8/9 (read, round 24)
    "articles_unseen310": (0.97, 0.97, 0.97, 0.93, 0.85),
    # status 1.000/1.000, cast 0.967/0.935, network 9/10 (read, round 24)
    "articles_unseen311": (0.97, 0.97, 0.93, 0.9, 0.87),
    # status 1.000/0.833, cast 0.938/0.865, network 10/10 (read, round 24)
    "articles_unseen312": (0.97, 0.8, 0.9, 0.83, 0.97),
    # Batches 313 to 316 (session 35's held-out round 25), raised in session 36 (on 86e177b)
    # after they were read.
    # status 1.000/1.000, cast 1.000/0.969, network 11/11 (read, round 25)
    "articles_unseen313": (0.97, 0.97, 0.97, 0.93, 0.97),
    # status 1.000/1.000, cast 0.864/0.851, network 11/11 (read, round 25)
    "articles_unseen314": (0.97, 0.97, 0.83, 0.82, 0.97),
    # status 1.000/1.000, cast 1.000/0.952, network 7/8 (read, round 25)
    "articles_unseen315": (0.97, 0.97, 0.97, 0.92, 0.84),
    # status 1.000/0.909, cast 0.974/0.835, network 11/12 (read, round 25)
    "articles_unseen316": (0.97, 0.87, 0.94, 0.8, 0.88),
    # Batches 317 to 320 (session 36's held-out round 26), raised in session 37 (on 7aa94ae)
    # after they were read.
    # status 0.846/1.000, cast 1.000/0.963, network 10/11 (read, round 26)
    "articles_unseen317": (0.81, 0.97, 0.97, 0.93, 0.87),
    # status 1.000/1.000, cast 0.925/0.907, network 9/10 (read, round 26)
    "articles_unseen318": (0.97, 0.97, 0.89, 0.87, 0.87),
    # status 0.909/1.000, cast 0.983/0.983, network 9/10 (read, round 26)
    "articles_unseen319": (0.87, 0.97, 0.95, 0.95, 0.87),
    # status 0.900/0.900, cast 0.957/0.880, network 9/9 (read, round 26)
    "articles_unseen320": (0.87, 0.87, 0.92, 0.85, 0.97),
    # Batches 321 to 324 (session 37; held out as round 27, read in session 38), on
    # session 38's final code 2f80e7c.
    # status 1.000/1.000, cast 1.000/0.968, network 9/10 (read, round 27)
    "articles_unseen321": (0.97, 0.97, 0.97, 0.93, 0.87),
    # status 1.000/1.000, cast 1.000/0.971, network 10/10 (read, round 27)
    "articles_unseen322": (0.97, 0.97, 0.97, 0.94, 0.97),
    # status 1.000/0.846, cast 1.000/0.957, network 11/11 (read, round 27)
    "articles_unseen323": (0.97, 0.81, 0.97, 0.92, 0.97),
    # status 1.000/1.000, cast 0.985/0.970, network 10/11 (read, round 27)
    "articles_unseen324": (0.97, 0.97, 0.95, 0.94, 0.87),
    # Batches 325 to 328 (session 37, tuning batches, read in that session; on 7aa94ae).
    # status 1.000/1.000, cast 0.919/0.739, network 10/10 (read, tuning)
    "articles_unseen325": (0.97, 0.97, 0.88, 0.7, 0.97),
    # status 1.000/1.000, cast 0.955/0.955, network 10/10 (read, tuning)
    "articles_unseen326": (0.97, 0.97, 0.92, 0.92, 0.97),
    # status 0.900/0.900, cast 0.932/0.917, network 9/10 (read, tuning)
    "articles_unseen327": (0.87, 0.87, 0.9, 0.88, 0.87),
    # status 0.889/1.000, cast 0.974/0.974, network 5/10 (read, tuning)
    "articles_unseen328": (0.85, 0.97, 0.94, 0.94, 0.47),
    # Batches 329 to 332 (session 38, 2026-11-29, on 2f80e7c), from their held-out run
    # (round 28) at the end of the session; raised in session 39, after they were read (on
    # 58ab2b7 + 1a02009).
    # status 1.000/1.000, cast 0.871/0.857, network 9/9 (round 28, read in session 39)
    "articles_unseen329": (0.97, 0.97, 0.84, 0.82, 0.97),
    # status 0.900/1.000, cast 0.879/0.797, network 8/10 (round 28, read in session 39)
    "articles_unseen330": (0.87, 0.97, 0.84, 0.76, 0.77),
    # status 1.000/0.900, cast 0.921/0.906, network 8/9 (round 28, read in session 39)
    "articles_unseen331": (0.97, 0.87, 0.89, 0.87, 0.85),
    # status 1.000/1.000, cast 0.952/0.908, network 9/9 (round 28, read in session 39)
    "articles_unseen332": (0.97, 0.97, 0.92, 0.87, 0.97),
    # Batches 333 to 340 (session 38, tuning batches, read in that session; on 2f80e7c).
    # status 1.000/1.000, cast 0.979/1.000, network 10/10 (read, tuning)
    "articles_unseen333": (0.97, 0.97, 0.94, 0.97, 0.97),
    # status 1.000/1.000, cast 0.913/0.913, network 9/9 (read, tuning)
    "articles_unseen334": (0.97, 0.97, 0.88, 0.88, 0.97),
    # status 1.000/1.000, cast 0.968/1.000, network 10/10 (read, tuning)
    "articles_unseen335": (0.97, 0.97, 0.93, 0.97, 0.97),
    # status 1.000/0.889, cast 1.000/0.812, network 8/9 (read, tuning)
    "articles_unseen336": (0.97, 0.85, 0.97, 0.78, 0.85),
    # status 1.000/1.000, cast 0.986/0.986, network 11/11 (read, tuning)
    "articles_unseen337": (0.97, 0.97, 0.95, 0.95, 0.97),
    # status 1.000/1.000, cast 0.979/1.000, network 10/10 (read, tuning)
    "articles_unseen338": (0.97, 0.97, 0.94, 0.97, 0.97),
    # status 1.000/1.000, cast 0.947/0.947, network 10/10 (read, tuning)
    "articles_unseen339": (0.97, 0.97, 0.91, 0.91, 0.97),
    # status 0.889/0.889, cast 0.981/0.964, network 9/9 (read, tuning)
    "articles_unseen340": (0.85, 0.85, 0.95, 0.93, 0.97),
    # Batches 341 to 344 (session 39, 2026-11-29, on 58ab2b7 + 1a02009), from their held-out
    # run (round 29) at the end of the session.
    # status 0.800/0.889, cast 0.768/0.782, network 8/9 (held out, round 29)
    "articles_unseen341": (0.77, 0.85, 0.73, 0.75, 0.85),
    # status 0.800/1.000, cast 0.962/0.926, network 8/8 (held out, round 29)
    "articles_unseen342": (0.77, 0.97, 0.93, 0.89, 0.97),
    # status 0.889/0.889, cast 1.000/0.967, network 9/9 (held out, round 29)
    "articles_unseen343": (0.85, 0.85, 0.97, 0.93, 0.97),
    # status 1.000/0.900, cast 1.000/0.983, network 9/9 (held out, round 29)
    "articles_unseen344": (0.97, 0.87, 0.97, 0.95, 0.97),
    # Batches 345 to 348 (session 39, tuning batches, read in that session; on 58ab2b7 +
    # 1a02009).
    # status 0.900/1.000, cast 0.934/1.000, network 9/9 (read, tuning)
    "articles_unseen345": (0.87, 0.97, 0.9, 0.97, 0.97),
    # status 1.000/1.000, cast 0.948/0.965, network 9/9 (read, tuning)
    "articles_unseen346": (0.97, 0.97, 0.91, 0.93, 0.97),
    # status 0.818/1.000, cast 1.000/1.000, network 9/9 (read, tuning)
    "articles_unseen347": (0.78, 0.97, 0.97, 0.97, 0.97),
    # status 1.000/1.000, cast 0.929/0.963, network 8/9 (read, tuning)
    "articles_unseen348": (0.97, 0.97, 0.89, 0.93, 0.85),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, extractor) -> tuple[str, EvalReport]:
    golds = load_gold(DATA / request.param)
    return request.param, evaluate(golds, extractor.extract_many)


def test_every_article_is_read(scored):
    name, report = scored
    assert report.articles >= 8, name
    assert report.failed == 0, name


def test_scores_stay_above_their_floors(scored):
    name, report = scored
    status_p, status_r, cast_p, cast_r, network = FLOORS[name]
    assert report.status.precision >= status_p, (name, report.status.to_json())
    assert report.status.recall >= status_r, (name, report.status.to_json())
    assert report.cast.precision >= cast_p, (name, report.cast.to_json())
    assert report.cast.recall >= cast_r, (name, report.cast.to_json())
    assert report.network.total and report.network.value >= network, (
        name,
        report.network.to_json(),
    )
