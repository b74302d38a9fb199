/** Browser tests: the real app on a random port, driven by Playwright in Debian's Chromium. */
package org.backcoach.browser;
