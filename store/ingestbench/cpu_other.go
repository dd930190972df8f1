//go:build !unix

package ingestbench

import "time"

// CPUTime is 0 where the process's CPU time is not read (no getrusage).
func CPUTime() time.Duration { return 0 }
