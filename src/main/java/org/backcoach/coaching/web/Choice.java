package org.backcoach.coaching.web;

/** One option of a form: the value posted and the words shown beside it. */
record Choice(String value, String label) {}
