"""Running untrusted build123d code: a static guard, then a limited child process."""
