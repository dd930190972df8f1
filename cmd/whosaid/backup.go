package main

import (
	"context"
	"errors"
)

// cmdBackup runs `whosaid backup`.
//
// TODO: not built yet.
func cmdBackup(ctx context.Context, env *Env, args []string) error {
	return errors.New("backup: not built yet")
}
