"""Pages of the trips post: the register, a trip, its settlement and prints, the analysis."""
