package org.backcoach.catalog;

/** How a session winds down, and how many drills to suggest for it. */
public record CoolDownTemplate(String text, int suggestions) {}
