# This design has no outputs.
