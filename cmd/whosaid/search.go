package main

import (
	"context"
	"errors"
)

// cmdSearch runs `whosaid search`.
//
// TODO: not built yet.
func cmdSearch(ctx context.Context, env *Env, args []string) error {
	return errors.New("search: not built yet")
}
