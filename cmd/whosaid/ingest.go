package main

import (
	"context"
	"errors"
)

// cmdIngest runs `whosaid ingest`.
//
// TODO: not built yet.
func cmdIngest(ctx context.Context, env *Env, args []string) error {
	return errors.New("ingest: not built yet")
}
