package daemon

import (
	"sync/atomic"
	"time"
)

// Clock is the daemon's time: the wall clock, shifted by an offset that
// only the test hooks (http.debug) ever set.
type Clock struct {
	offset atomic.Int64 // nanoseconds
}

// Now returns the current time.
func (c *Clock) Now() time.Time {
	return time.Now().Add(time.Duration(c.offset.Load()))
}

// Set makes Now return t now and move on from there.
func (c *Clock) Set(t time.Time) {
	c.offset.Store(int64(t.Sub(time.Now())))
}

// After returns time.After(d): waiting is never shifted.
func (c *Clock) After(d time.Duration) <-chan time.Time { return time.After(d) }
