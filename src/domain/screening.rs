//! Answers → assessment.
