package main

import (
	"context"
	"errors"
)

// cmdLatest runs `whosaid latest`.
//
// TODO: not built yet.
func cmdLatest(ctx context.Context, env *Env, args []string) error {
	return errors.New("latest: not built yet")
}
