# No cloud provider is mapped for this design.
