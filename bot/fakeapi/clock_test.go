package fakeapi

import (
	"testing"
	"time"
)

func TestClock(t *testing.T) {
	t0 := time.Date(2025, 7, 29, 6, 0, 0, 0, time.UTC)
	c := NewClock(t0)
	if got := c.Now(); !got.Equal(t0) {
		t.Fatalf("Now = %v, want %v", got, t0)
	}
	c.Add(90 * time.Second)
	if got := c.Now(); !got.Equal(t0.Add(90 * time.Second)) {
		t.Errorf("after Add: %v", got)
	}
	t1 := t0.Add(-time.Hour)
	c.Set(t1)
	if got := c.Now(); !got.Equal(t1) {
		t.Errorf("after Set: %v, want %v", got, t1)
	}
}
