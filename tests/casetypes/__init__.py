"""A minimal concrete case type used only by the tests of the shared case machinery."""
