package org.backcoach.catalog.web;

/** One choice in a filter: the value sent in the link and the words shown. */
record FilterOption(String value, String label) {}
