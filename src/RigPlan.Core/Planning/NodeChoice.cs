using RigPlan.Core.Catalog;

namespace RigPlan.Core.Planning;

/// <summary>
/// Plans a GPU count larger than one node should hold by trying every way to split it into identical nodes: for N nodes
/// each node takes between ceil(min / N) and floor(max / N) GPUs (at most <see cref="MaxGpusPerNode"/>), the solver
/// plans each N, and the best plan over all N wins. Requirements with <see cref="Requirements.Nodes"/> = 0 ask for this;
/// their GPU counts are then totals.
/// </summary>
public static class NodeChoice
{
    /// <summary>Most GPUs per node tried (no board in the catalog takes more than 8 double-width cards).</summary>
    public const int MaxGpusPerNode = 8;

    /// <summary>Most nodes tried.</summary>
    public const int MaxNodes = 256;

    /// <summary>True when a requirement asks for the node count to be chosen.</summary>
    public static bool Choosing(Requirements req)
    {
        ArgumentNullException.ThrowIfNull(req);
        return req.Nodes == 0;
    }

    /// <summary>The per-node requirements to try: one per node count that can hold the total.</summary>
    public static IEnumerable<Requirements> Splits(Requirements req)
    {
        ArgumentNullException.ThrowIfNull(req);
        for (var n = 1; n <= Math.Min(req.MaxGpus, MaxNodes); n++)
        {
            var min = Math.Max(1, (int)Math.Ceiling(req.MinGpus / (double)n));
            var max = Math.Min(MaxGpusPerNode, req.MaxGpus / n);
            if (min <= max)
            {
                yield return req with { Nodes = n, MinGpus = min, MaxGpus = max, Site = req.Site with { Circuits = req.Site.Circuits } };
            }
        }
    }

    /// <summary>
    /// Plans every split with <paramref name="solve"/> and returns the best result, with the node counts tried; given the
    /// catalog, clusters of two node kinds (<see cref="MixedNodes"/>) compete too.
    /// </summary>
    public static PlanResult Plan(Requirements req, Func<Requirements, PlanResult> solve, Func<Requirements, string> explain, HardwareCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(req);
        ArgumentNullException.ThrowIfNull(solve);
        ArgumentNullException.ThrowIfNull(explain);
        if (!Choosing(req))
        {
            return solve(req);
        }

        PlanResult? best = null;
        var tried = new List<int>();
        var ms = 0.0;
        var checkedBuilds = 0;
        var optimal = true;
        foreach (var split in Splits(req))
        {
            tried.Add(split.Nodes);
            var result = solve(split);
            ms += result.SolveMs;
            checkedBuilds += result.Checked;
            optimal &= result.Status != PlanStatus.Feasible;
            if (result.Best is { } plan && (best?.Best is null || PlanScore.Of(req.Objective, plan) > PlanScore.Of(req.Objective, best.Best)))
            {
                best = result;
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (mixed, mixedProven) = catalog is null ? (null, true) : MixedNodes.Best(catalog, req);
        ms += clock.Elapsed.TotalMilliseconds;

        // A mixed pair rejected only by the combined check might have passed with dearer hosts: nothing is then proven.
        optimal &= mixedProven;
        if (mixed is { } m && (best?.Best is null || PlanScore.Of(req.Objective, m) > PlanScore.Of(req.Objective, best.Best)))
        {
            return new PlanResult
            {
                Status = optimal ? PlanStatus.Optimal : PlanStatus.Feasible,
                Best = m,
                SolveMs = ms,
                Checked = checkedBuilds,
                Solver = best?.Solver ?? "exact",
                NodeCountsTried = [.. tried],
                MixedNodes = true,
            };
        }

        if (best is null)
        {
            var first = Splits(req).FirstOrDefault();
            return new PlanResult
            {
                Status = optimal ? PlanStatus.Infeasible : PlanStatus.Feasible,
                Explanation = tried.Count == 0
                    ? $"no split of {req.MinGpus}-{req.MaxGpus} GPUs into nodes of at most {MaxGpusPerNode} exists"
                    : $"no split into {tried.Min()} to {tried.Max()} nodes gives a plan; for {first!.Nodes} node(s): {explain(first)}",
                SolveMs = ms,
                Checked = checkedBuilds,
                Solver = "exact",
                NodeCountsTried = [.. tried],
            };
        }

        return best with { SolveMs = ms, Checked = checkedBuilds, Status = optimal ? best.Status : PlanStatus.Feasible, NodeCountsTried = [.. tried] };
    }
}
