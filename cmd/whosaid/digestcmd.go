package main

import (
	"context"
	"errors"
)

// cmdDigest runs `whosaid digest`.
//
// TODO: not built yet.
func cmdDigest(ctx context.Context, env *Env, args []string) error {
	return errors.New("digest: not built yet")
}
