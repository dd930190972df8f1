package main

import (
	"context"
	"errors"
)

// cmdGenDB runs `whosaid gendb`.
//
// TODO: not built yet.
func cmdGenDB(ctx context.Context, env *Env, args []string) error {
	return errors.New("gendb: not built yet")
}
