//! Assessment and session dates → a dated care plan.
