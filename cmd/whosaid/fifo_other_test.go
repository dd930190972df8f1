//go:build !unix

package main

import "errors"

// mkfifo reports that this system has no named pipes in the file system.
func mkfifo(path string) error { return errors.New("no named pipes") }
