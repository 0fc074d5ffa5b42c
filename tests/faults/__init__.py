"""The fault and bad-input suite: real processes killed mid-work, two writers at once, broken
model files and configs, and property-based fuzzing of every importer and parser."""
