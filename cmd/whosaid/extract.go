package main

import (
	"context"
	"errors"
)

// cmdExtract runs `whosaid extract`.
//
// TODO: not built yet.
func cmdExtract(ctx context.Context, env *Env, args []string) error {
	return errors.New("extract: not built yet")
}
