// placeholder until the Diff module lands
