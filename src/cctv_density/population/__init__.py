"""Population sources: snapshot readers and live HTTP clients behind one small interface."""
