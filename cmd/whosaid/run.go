package main

import (
	"context"
	"errors"
)

// cmdRun runs `whosaid run`.
//
// TODO: not built yet.
func cmdRun(ctx context.Context, env *Env, args []string) error {
	return errors.New("run: not built yet")
}
