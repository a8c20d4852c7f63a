using System.Collections.Immutable;
using System.Globalization;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Units;

namespace RigPlan.Core.Planning;

/// <summary>Reads a requirements file (YAML, parsed into a <see cref="DocNode"/>), reporting every problem with its line.</summary>
public static class RequirementsReader
{
    private static readonly string[] Keys = ["gpus", "min_vram_per_gpu", "min_vram", "min_tflops", "budget", "objective", "form", "prices", "site", "require", "exclude", "nodes", "workload"];
    private static readonly string[] WorkloadKeys = ["model", "quant", "context", "min_decode_tps"];
    private static readonly string[] SiteKeys = ["voltage", "circuit_amps", "circuits"];

    /// <summary>Reads requirements; parts named in require/exclude are resolved against the catalog.</summary>
    public static (Requirements? Requirements, ImmutableArray<InputError> Errors) Read(DocNode root, string file, HardwareCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<InputError>();
        void Error(int line, string field, string message, string fix) => errors.Add(new InputError(file, line, field, message, fix));
        if (root is not DocMap map)
        {
            Error(root.Line, "requirements", "the file must be a mapping of keys to values", "see docs/requirements-file.md");
            return (null, [.. errors]);
        }

        foreach (var entry in map.Entries.Where(e => !Keys.Contains(e.Key, StringComparer.Ordinal)))
        {
            var nearest = NameMatching.Nearest(entry.Key, Keys);
            Error(entry.Line, entry.Key, $"unknown key '{entry.Key}'", nearest is null ? $"the keys are: {string.Join(", ", Keys)}" : $"did you mean '{nearest}'?");
        }

        string? Text(DocMap m, string key) => m.Entries.FirstOrDefault(e => e.Key == key)?.Value is DocScalar { IsNull: false } s ? s.Text.Trim() : null;
        int LineOf(DocMap m, string key) => m.Entries.First(e => e.Key == key).Line;
        double? Number(DocMap m, string key, double min, double max, string prefix = "")
        {
            if (Text(m, key) is not { } t)
            {
                return null;
            }

            if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v < min || v > max)
            {
                Error(LineOf(m, key), prefix + key, $"'{t}' is not a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", "correct the value");
                return null;
            }

            return v;
        }

        var req = new Requirements { Site = new Site { Voltage = new Volts(120), CircuitAmps = new Amps(15), Circuits = 1 } };
        int? nodes = null;
        if (Text(map, "nodes") is { } nodeText)
        {
            nodes = RequirementWords.NodeCount(nodeText);
            if (nodes is null)
            {
                Error(LineOf(map, "nodes"), "nodes", $"'{nodeText}' is neither a node count from 1 to {BuildLimits.MaxNodeCount} nor choose", "write nodes: 4, or nodes: choose to split gpus over the best number of nodes");
            }
        }

        if (Text(map, "gpus") is { } gpus)
        {
            var limit = nodes is null or 0 ? RequirementWords.MaxTotalGpus : BuildLimits.MaxGpusPerNode;
            if (RequirementWords.GpuRange(gpus, limit, out var problem) is { } range)
            {
                req = req with { MinGpus = range.Min, MaxGpus = range.Max };

                // More GPUs than a node holds, with no node count given: choose one.
                if (nodes is null && range.Max > NodeChoice.MaxGpusPerNode && !map.Entries.Any(e => e.Key == "nodes"))
                {
                    nodes = 0;
                }
            }
            else
            {
                Error(LineOf(map, "gpus"), "gpus", problem!, "write gpus: 4 or gpus: 2-8");
            }
        }

        req = req with
        {
            MinVramPerGpuGb = Number(map, "min_vram_per_gpu", 0, 10_000) ?? 0,
            MinVramTotalGb = Number(map, "min_vram", 0, 10_000_000) ?? 0,
            MinTflops = Number(map, "min_tflops", 0, 1e9) ?? 0,
            Budget = Number(map, "budget", 1, 1e10),
            Nodes = nodes ?? 1,
        };
        if (Text(map, "objective") is { } objective)
        {
            if (RequirementWords.Objectives.TryGetValue(objective, out var o))
            {
                req = req with { Objective = o };
            }
            else
            {
                Error(LineOf(map, "objective"), "objective", $"'{objective}' is not an objective", "use tflops-per-dollar, min-cost, max-tflops, max-vram or decode-tps-per-dollar");
            }
        }

        if (Text(map, "form") is { } form)
        {
            if (RequirementWords.Forms.TryGetValue(form, out var choice))
            {
                req = req with { Form = choice };
            }
            else
            {
                Error(LineOf(map, "form"), "form", $"'{form}' is not an enclosure", "use any, tower, open-frame or rack");
            }
        }

        if (Text(map, "prices") is { } prices)
        {
            if (RequirementWords.Prices.TryGetValue(prices, out var mode))
            {
                req = req with { Prices = mode };
            }
            else
            {
                Error(LineOf(map, "prices"), "prices", $"'{prices}' is not a price condition", "use any, new or used");
            }
        }

        if (map.Entries.FirstOrDefault(e => e.Key == "site") is { } siteEntry)
        {
            if (siteEntry.Value is DocMap site)
            {
                foreach (var entry in site.Entries.Where(e => !SiteKeys.Contains(e.Key, StringComparer.Ordinal)))
                {
                    var nearest = NameMatching.Nearest(entry.Key, SiteKeys);
                    Error(entry.Line, "site." + entry.Key, $"unknown key '{entry.Key}'", nearest is null ? "the keys are: voltage, circuit_amps, circuits" : $"did you mean '{nearest}'?");
                }

                req = req with
                {
                    Site = new Site
                    {
                        Voltage = new Volts(Number(site, "voltage", 90, 480, "site.") ?? 120),
                        CircuitAmps = new Amps(Number(site, "circuit_amps", 1, 400, "site.") ?? 15),
                        Circuits = (int)(Number(site, "circuits", 1, 1000, "site.") ?? 1),
                    },
                };
            }
            else
            {
                Error(siteEntry.Line, "site", "site must be a mapping", "indent voltage, circuit_amps and circuits under site:");
            }
        }

        var resolver = new NameResolver<Part>(catalog.AllParts.Where(p => p.Kind != PartKind.GpuBoard));
        ImmutableArray<string> Parts(string key, bool vendorsAllowed)
        {
            if (map.Entries.FirstOrDefault(e => e.Key == key) is not { } entry || entry.Value is DocScalar { IsNull: true })
            {
                return [];
            }

            var items = entry.Value is DocList list ? list.Items : [entry.Value];
            var ids = ImmutableArray.CreateBuilder<string>();
            foreach (var item in items)
            {
                if (item is not DocScalar { IsNull: false } s)
                {
                    Error(item.Line, key, "each entry must be a part name or id", $"write {key}: [RTX 3090, EPYC 7502]");
                    continue;
                }

                var found = resolver.Resolve(s.Text);
                if (found.Part is { } part)
                {
                    ids.Add(part.Id);
                }
                else if (vendorsAllowed && catalog.AllParts.Any(p => string.Equals(p.Vendor, s.Text.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    ids.Add(s.Text.Trim());
                }
                else
                {
                    Error(item.Line, key, found.Message, "write a catalog id or a fuller name" + (vendorsAllowed ? ", or a vendor" : ""));
                }
            }

            return ids.ToImmutable();
        }

        req = req with { Require = Parts("require", false), Exclude = Parts("exclude", true) };
        if (map.Entries.FirstOrDefault(e => e.Key == "workload") is { } workloadEntry)
        {
            if (workloadEntry.Value is DocMap w)
            {
                foreach (var entry in w.Entries.Where(e => !WorkloadKeys.Contains(e.Key, StringComparer.Ordinal)))
                {
                    var nearest = NameMatching.Nearest(entry.Key, WorkloadKeys);
                    Error(entry.Line, "workload." + entry.Key, $"unknown key '{entry.Key}'", nearest is null ? $"the keys are: {string.Join(", ", WorkloadKeys)}" : $"did you mean '{nearest}'?");
                }

                if (Text(w, "model") is not { } model)
                {
                    Error(workloadEntry.Line, "workload.model", "the workload names no model", "add model: llama-3-70b (see `rigplan fit --list`)");
                }
                else
                {
                    req = req with
                    {
                        RequestedWorkload = new WorkloadRequest
                        {
                            Model = model,
                            Quant = Text(w, "quant") ?? "fp16",
                            Context = (int)(Number(w, "context", 1, 10_000_000, "workload.") ?? 4096),
                            MinDecodeTokensPerSecond = Number(w, "min_decode_tps", 0.001, 1e6, "workload."),
                            Where = $"{file}:{workloadEntry.Line} workload",
                        },

                        // A workload asks for the cheapest build that serves it, unless the file names an objective.
                        Objective = map.Entries.Any(e => e.Key == "objective") ? req.Objective : PlanObjective.MinCost,
                    };
                }
            }
            else
            {
                Error(workloadEntry.Line, "workload", "workload must be a mapping", "indent model, quant, context and min_decode_tps under workload:");
            }
        }

        if (req.Objective is PlanObjective.MaxTflops or PlanObjective.MaxVram && req.Budget is null)
        {
            Error(map.Line, "budget", $"the {map.Entries.First(e => e.Key == "objective").Key} objective maximises within a budget, and none is given", "add budget: USD");
        }

        return errors.Count > 0 ? (null, [.. errors]) : (req, []);
    }
}
