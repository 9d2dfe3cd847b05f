//! Care plan → RFC 5545 calendar text.
