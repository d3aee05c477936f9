package org.firebreak.intake;

/** What a source yields per record: a message to normalise, or a record it could not use. */
public sealed interface SourceRecord permits RawMessage, Rejection {}
