/** Reading an intake from JSON strictly, naming every bad field; shared by the APIs that take an intake. */
@org.springframework.modulith.NamedInterface("web")
package org.backcoach.assessment.web;
