//! Date expressions (placeholder; being written).
