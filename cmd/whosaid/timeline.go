package main

import (
	"context"
	"errors"
)

// cmdTimeline runs `whosaid timeline`.
//
// TODO: not built yet.
func cmdTimeline(ctx context.Context, env *Env, args []string) error {
	return errors.New("timeline: not built yet")
}
