/** The catalogue API: every exercise, and one by id. */
package org.backcoach.catalog.web;
