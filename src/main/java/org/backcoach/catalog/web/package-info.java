/** The catalogue on the web: the exercise API, and the searchable exercise library pages. */
package org.backcoach.catalog.web;
