# Oracle for the analysis engine (src/analyse/): generates test datasets and computes the expected
# figures with base R and the `survey` package. Writes survey-oracle.json next to this script
# (or to the path given as the first argument).
#
#   Rscript test/analyse/oracle/survey-oracle.R [OUT.json]
#
# Design for weighted figures: svydesign(ids = ~1, weights = ~w, data = d) (with replacement, no
# strata, no clusters). Within-group figures use subset() of the design (as svyby does).
# Intervals: weighted  -> svyciprop(method = "beta") (Korn-Graubard);
#            unweighted -> prop.test(correct = FALSE)$conf.int (the Wilson score interval).
# Quantiles: unweighted quantile(type = 7); weighted svyquantile(qrule = "math").
suppressPackageStartupMessages({ library(survey); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[[1]] else {
  f <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
  file.path(dirname(f), "survey-oracle.json")
}

make_data <- function(n, seed) {
  set.seed(seed)
  d <- data.frame(
    country = sample(c("KGZ", "TJK", "KAZ"), n, replace = TRUE, prob = c(0.5, 0.35, 0.15)),
    sex = sample(c("male", "female"), n, replace = TRUE),
    y = sample(c("a", "b", "c", "dnk", "pnta"), n, replace = TRUE, prob = c(0.4, 0.3, 0.15, 0.1, 0.05)),
    x = round(rlnorm(n, 5, 1), 2),
    w = round(runif(n, 0.2, 3), 3),
    stringsAsFactors = FALSE
  )
  d$y[sample.int(n, max(1, n %/% 12))] <- NA
  d$x[sample.int(n, max(1, n %/% 10))] <- NA
  answered <- runif(n) > 0.15
  for (o in c("o1", "o2", "o3")) {
    v <- as.integer(runif(n) < c(o1 = 0.6, o2 = 0.3, o3 = 0.1)[[o]])
    v[!answered] <- NA
    d[[paste0("m/", o)]] <- v
  }
  d$m <- ifelse(answered, apply(d[, paste0("m/", c("o1", "o2", "o3"))], 1, function(r) paste(c("o1", "o2", "o3")[r == 1], collapse = " ")), NA)
  d
}

wilson <- function(k, n) {
  if (n == 0) return(c(NA, NA))
  as.numeric(prop.test(k, n, correct = FALSE)$conf.int)
}

key <- function(id, dims, category = NULL, stat = NULL) {
  dims <- dims[order(names(dims))]
  k <- paste(c(id, paste0(names(dims), "=", dims)), collapse = "|")
  if (!is.null(category)) k <- paste0(k, "|category=", category)
  if (!is.null(stat)) k <- paste0(k, "|stat=", stat)
  k
}

expected_for <- function(d, weighted) {
  pre <- if (weighted) "w" else "u"
  d$y2 <- ifelse(is.na(d$y), "_missing", d$y)
  d$answered <- !is.na(d$`m/o1`)
  des <- svydesign(ids = ~1, weights = ~w, data = d)
  rows <- list()
  add <- function(k, stat, value, n, lo = NULL, hi = NULL) {
    r <- list(key = k, stat = stat, value = unname(value), n = n)
    if (!is.null(lo)) { r$ci_low <- unname(lo); r$ci_high <- unname(hi) }
    rows[[length(rows) + 1]] <<- r
  }
  share <- function(sel, hit, k) {
    n <- sum(sel)
    if (n == 0) return()
    if (weighted) {
      sub <- subset(des, sel)
      sub$variables$hit_ <- hit[sel]
      ci <- svyciprop(~hit_, sub, method = "beta")
      lims <- attr(ci, "ci")
      if (any(is.nan(lims)) || any(is.na(lims))) return()  # R gives NaN when the variance is 0
      add(k, "share", as.numeric(ci), n, lims[1], lims[2])
    } else {
      w <- wilson(sum(hit[sel]), n)
      add(k, "share", sum(hit[sel]) / n, n, w[1], w[2])
    }
  }
  groups <- list()
  for (g in sort(unique(d$country))) groups[[g]] <- d$country == g
  groups[["_total"]] <- rep(TRUE, nrow(d))
  for (g in names(groups)) {
    sel <- groups[[g]]
    dims <- c(country = g)
    add(key(paste0(pre, ".count"), dims), "count", if (weighted) sum(d$w[sel]) else sum(sel), sum(sel))
    for (c in sort(unique(d$y2))) share(sel, d$y2 == c, key(paste0(pre, ".share"), dims, c))
    valid <- sel & !(d$y2 %in% c("dnk", "pnta", "_missing"))
    for (c in c("a", "b", "c")) share(valid, d$y2 == c, key(paste0(pre, ".share_valid"), dims, c))
    ans <- sel & d$answered
    for (o in c("o1", "o2", "o3")) share(ans, d[[paste0("m/", o)]] %in% 1, key(paste0(pre, ".multi"), dims, o))
    num <- sel & !is.na(d$x)
    if (weighted) {
      sub <- subset(des, num)
      add(key("w.mean", dims), "mean", coef(svymean(~x, sub)), sum(num))
      q <- coef(svyquantile(~x, sub, c(0.25, 0.5, 0.75), qrule = "math"))
      add(key("w.quartiles", dims, NULL, "q1"), "q1", q[1], sum(num))
      add(key("w.quartiles", dims, NULL, "median"), "median", q[2], sum(num))
      add(key("w.quartiles", dims, NULL, "q3"), "q3", q[3], sum(num))
      add(key("w.sum", dims), "sum", coef(svytotal(~x, sub)), sum(num))
    } else {
      x <- d$x[num]
      add(key("u.mean", dims), "mean", mean(x), length(x))
      q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
      add(key("u.quartiles", dims, NULL, "q1"), "q1", q[1], length(x))
      add(key("u.quartiles", dims, NULL, "median"), "median", q[2], length(x))
      add(key("u.quartiles", dims, NULL, "q3"), "q3", q[3], length(x))
      add(key("u.min", dims), "min", min(x), length(x))
      add(key("u.max", dims), "max", max(x), length(x))
      add(key("u.sum", dims), "sum", sum(x), length(x))
    }
    # crossing: country x sex, share of valid answers
    for (s in c("female", "male")) {
      sel2 <- sel & d$sex == s & !(d$y2 %in% c("dnk", "pnta", "_missing"))
      for (c in c("a", "b", "c")) share(sel2, d$y2 == c, key(paste0(pre, ".share_sex"), c(country = g, sex = s), c))
    }
  }
  rows
}

cases <- list()
for (spec in list(list(name = "large", n = 240, seed = 20210412), list(name = "small", n = 23, seed = 7), list(name = "tiny", n = 9, seed = 3))) {
  d <- make_data(spec$n, spec$seed)
  cases[[length(cases) + 1]] <- list(
    name = spec$name,
    data = d,
    weighted = expected_for(d, TRUE),
    unweighted = expected_for(d, FALSE)
  )
}
# the beta quantile over a grid of shapes, skewed ones included
grid <- expand.grid(p = c(0.025, 0.5, 0.975), a = c(0.05, 0.7, 3.2, 41.5, 917.25), b = c(0.3, 1, 12.5, 230, 4003.7))
grid$q <- qbeta(grid$p, grid$a, grid$b)
grid$cdf <- pbeta(0.37, grid$a, grid$b)

writeLines(toJSON(list(
  generator = "test/analyse/oracle/survey-oracle.R",
  r_version = paste(R.version$major, R.version$minor, sep = "."),
  survey_version = as.character(packageVersion("survey")),
  cases = cases,
  beta = grid
), auto_unbox = TRUE, digits = NA, na = "null", null = "null", pretty = FALSE), out)
