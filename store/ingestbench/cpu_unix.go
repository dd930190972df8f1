//go:build unix

package ingestbench

import (
	"syscall"
	"time"
)

// CPUTime is the CPU (user and system) the process has used so far: with
// the machine shared, CPU per statement moves less with load than a rate.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
