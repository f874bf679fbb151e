"""The knowledge base: schema, store, entity resolution and reconciliation."""
