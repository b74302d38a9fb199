package org.backcoach.coaching.web;

/** The personal API on the embedded H2 database (the {@code test} profile's in-memory one). */
class MeApiH2Tests extends MeApiTests {}
