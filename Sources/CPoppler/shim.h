#include <poppler.h>
#include <glib.h>
#include <stdio.h>
#include <unistd.h>
