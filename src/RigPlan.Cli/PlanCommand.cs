using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using RigPlan.Core.Builds;
using RigPlan.Core.Checks;
using RigPlan.Core.Planning;
using RigPlan.Core.Units;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan plan`: the provably best build for a requirement.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var gpus = new Option<string?>("--gpus") { Description = "GPUs per node: N or MIN-MAX (default 1-8)" };
        var vramPerGpu = new Option<double?>("--min-vram-per-gpu") { Description = "Least memory on each GPU, GB" };
        var vram = new Option<double?>("--min-vram") { Description = "Least GPU memory in total, GB" };
        var tflops = new Option<double?>("--min-tflops") { Description = "Least dense BF16 TFLOPS in total" };
        var budget = new Option<double?>("--budget") { Description = "Most the build may cost, USD" };
        var objective = new Option<string>("--objective") { Description = "tflops-per-dollar (default; min-cost with --model), min-cost, max-tflops, max-vram or decode-tps-per-dollar (with --model)", DefaultValueFactory = _ => "tflops-per-dollar" };
        var solver = new Option<string>("--solver") { Description = "exact (branch and bound, the default), cpsat (Google OR-Tools CP-SAT) or exhaustive (small catalogs)", DefaultValueFactory = _ => "exact" };
        var nodes = new Option<string?>("--nodes") { Description = "Identical nodes (default 1), or \"choose\" to split --gpus (then a total) over the best number of nodes; more than 8 GPUs chooses" };
        var top = new Option<int>("--top") { Description = "Return the best K distinct plans", DefaultValueFactory = _ => 1 };
        var pareto = new Option<bool>("--pareto") { Description = "Also print the cost against TFLOPS frontier" };
        var form = new Option<string>("--form") { Description = "any (default), tower, open-frame or rack", DefaultValueFactory = _ => "any" };
        var prices = new Option<string>("--price") { Description = "any (default: the lower of new and used), new or used", DefaultValueFactory = _ => "any" };
        var voltage = new Option<double>("--voltage") { Description = "Volts at the wall (default 120)", DefaultValueFactory = _ => 120 };
        var amps = new Option<double>("--circuit-amps") { Description = "Breaker rating of each circuit (default 15)", DefaultValueFactory = _ => 15 };
        var circuits = new Option<int>("--circuits") { Description = "Circuits the rig may use (default 1)", DefaultValueFactory = _ => 1 };
        var exclude = new Option<string[]>("--exclude") { Description = "Part ids or vendors to leave out", AllowMultipleArgumentsPerToken = true };
        var timeLimit = new Option<double?>("--time-limit") { Description = "Stop after this many seconds and report the gap" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the plan as a build file (YAML) that `rigplan check` accepts" };
        var userPrices = UserPrices.Option();
        var json = new Option<bool>("--json") { Description = "Print one JSON document on stdout" };
        var compare = new Option<string?>("--compare") { Description = "A build file to compare the plan with (e.g. examples/seed-4x3090.yaml)" };
        var requirements = new Option<string?>("--requirements") { Description = "A requirements file (YAML); options given on the command line override it" };
        var model = new Option<string?>("--model") { Description = "A language model the build must serve (llama-3-70b, ...): it must fit on each node's GPUs" };
        var quant = new Option<string>("--quant") { Description = "The model's weight format (default fp16; q4_k_m, ...)", DefaultValueFactory = _ => "fp16" };
        var contextTokens = new Option<int>("--context") { Description = "Tokens of context per stream for --model (default 4096)", DefaultValueFactory = _ => 4096 };
        var minDecode = new Option<double?>("--min-decode-tps") { Description = "Least generation speed of --model, tokens/s for one stream" };
        var powerCaps = new Option<bool>("--power-caps") { Description = "Also consider GPUs capped at 90, 80 and 70 % of board power (nvidia-smi -pl), their speed scaled by RigPlan's power model" };
        var require = new Option<string[]>("--require") { Description = "Parts the plan must use (ids or names); several of one kind are alternatives", AllowMultipleArgumentsPerToken = true };
        var command = new Command("plan", "Find the provably best build for a requirement")
        {
            gpus, vramPerGpu, vram, tflops, budget, objective, solver, nodes, top, pareto, form, prices, voltage, amps, circuits, exclude, timeLimit, output, userPrices, json, compare, requirements, require,
            model, quant, contextTokens, minDecode, powerCaps,
        };
        command.SetAction(r => Run(context, new Args(
            r.GetValue(gpus), r.GetValue(vramPerGpu), r.GetValue(vram), r.GetValue(tflops), r.GetValue(budget), r.GetValue(objective)!, r.GetValue(solver)!,
            r.GetValue(nodes), r.GetValue(top), r.GetValue(pareto), r.GetValue(form)!, r.GetValue(prices)!, r.GetValue(voltage), r.GetValue(amps), r.GetValue(circuits),
            r.GetValue(exclude) ?? [], r.GetValue(timeLimit), r.GetValue(output), r.GetValue(userPrices), r.GetValue(json), r.GetValue(compare),
            r.GetValue(requirements), r.GetValue(require) ?? [],
            r.GetValue(model), r.GetValue(quant)!, r.GetValue(contextTokens), r.GetValue(minDecode), r.GetValue(powerCaps),
            [.. r.CommandResult.Children.OfType<System.CommandLine.Parsing.OptionResult>().Where(o => !o.Implicit).Select(o => o.Option.Name)])));
        return command;
    }

    private static int Run(CliContext context, Args a)
    {
        var (req, problem) = Requirements(a);
        if (problem is not null)
        {
            return context.BadInput(problem.Value.Message, problem.Value.Fix);
        }

        var catalog = context.LoadCatalog();
        if (catalog is not null && (a.RequirementsFile is not null || a.Require.Length > 0))
        {
            req = WithFileAndRequired(context, catalog, a, req!);
            if (req is null)
            {
                return ExitCodes.BadInput;
            }
        }

        if (catalog is not null && a.Prices is not null)
        {
            catalog = UserPrices.Apply(context, catalog, a.Prices);
        }

        if (catalog is null)
        {
            return ExitCodes.BadInput;
        }

        // A workload from the options, else from the requirements file (options win key by key).
        var fromFile = req!.RequestedWorkload;
        if (a.Model is not null || fromFile is not null)
        {
            var workload = PlanWorkload.Resolve(
                context,
                catalog,
                a.Model ?? fromFile!.Model,
                a.Given.Contains("--quant") || fromFile is null ? a.Quant : fromFile.Quant,
                a.Given.Contains("--context") || fromFile is null ? a.Context : fromFile.Context,
                a.MinDecode ?? fromFile?.MinDecodeTokensPerSecond,
                a.Model is null ? fromFile!.Where + "." : "--");
            if (workload is null)
            {
                return ExitCodes.BadInput;
            }

            // A workload asks for the cheapest build that serves it, unless an objective is named.
            var named = a.Given.Contains("--objective") || a.RequirementsFile is not null;
            req = req with { Workload = workload, Objective = named ? req.Objective : PlanObjective.MinCost };
        }

        if (a.PowerCaps)
        {
            if (Checkers.PowerModel(context, catalog) is not { } power)
            {
                return context.BadInput("--power-caps needs the power model, and data/models/train_measurements.csv has no usable power-limit rows", "restore data/models/train_measurements.csv");
            }

            req = req with { PowerCaps = power };
        }

        if (req.Workload is null && (a.MinDecode is not null || a.Given.Contains("--quant") || a.Given.Contains("--context")))
        {
            return context.BadInput("--quant, --context and --min-decode-tps describe a model, and neither --model nor the requirements file names one", "add --model ID, or a workload: section to the requirements file");
        }

                if (req.Objective == PlanObjective.DecodeTpsPerDollar && req.Workload is null)
        {
            return context.BadInput("the decode-tps-per-dollar objective needs a model", "add --model ID (or a workload: section in the requirements file)");
        }

        CheckReport? other = null;
        if (a.Compare is not null)
        {
            var build = BuildFiles.Load(context, catalog, a.Compare);
            if (build is null)
            {
                return ExitCodes.BadInput;
            }

            other = Checkers.For(context, catalog).Check(build, catalog);
        }

        var timeLimit = a.TimeLimit is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
        PlanResult Solve(Requirements r, bool explain) => a.Solver switch
        {
            "exhaustive" => new ExhaustiveSolver().Plan(catalog, r, a.Top, a.Pareto),
            "cpsat" => CpSat.Plan(catalog, r, a.Top, timeLimit, explain),
            _ => new Planner().Plan(catalog, r, a.Top, a.Pareto, timeLimit, explain),
        };
        var result = NodeChoice.Choosing(req!)
            ? NodeChoice.Plan(req!, r => Solve(r, explain: false), r => Planner.Explain(catalog, r), catalog)
            : Solve(req!, explain: true);

        if (result.Best is { } best && a.Out is not null)
        {
            File.WriteAllText(a.Out.FullName, BuildFileWriter.Write(best.Build));
        }

        if (a.Json)
        {
            var obj = Json(result, req!);
            if (other is not null)
            {
                obj["compared_with"] = ReportJson.Report(other);
            }

            JsonOutput.Write(context.Stdout, obj);
        }
        else
        {
            Render(context, result, req!, a.Out);
            if (other is not null && result.Best is { } plan)
            {
                RenderComparison(context.Console, plan, other, a.Compare!);
            }
        }

        return result.Best is null ? ExitCodes.BuildErrors : ExitCodes.Ok;
    }

    private static (Requirements? Req, (string Message, string Fix)? Problem) Requirements(Args a)
    {
        int min = 1, max = 8;
        int? nodeCount = 1;
        if (a.Nodes is { } nodeText)
        {
            nodeCount = RequirementWords.NodeCount(nodeText);
            if (nodeCount is null)
            {
                return (null, ($"--nodes '{nodeText}' is neither a node count from 1 to {BuildLimits.MaxNodeCount} nor \"choose\"", "give the number of identical nodes, or --nodes choose"));
            }
        }

        if (a.Gpus is { } g)
        {
            var limit = a.Nodes is null || nodeCount == 0 ? RequirementWords.MaxTotalGpus : BuildLimits.MaxGpusPerNode;
            if (RequirementWords.GpuRange(g, limit, out var problem) is not { } range)
            {
                return (null, ($"--gpus {problem}", "write --gpus 4 or --gpus 2-8; with --nodes N it counts GPUs per node"));
            }

            (min, max) = range;

            // More GPUs than a node holds, with no node count given: choose one.
            if (a.Nodes is null && max > NodeChoice.MaxGpusPerNode)
            {
                nodeCount = 0;
            }
        }

        foreach (var (name, value) in new[] { ("--min-vram-per-gpu", a.VramPerGpu), ("--min-vram", a.Vram), ("--min-tflops", a.Tflops), ("--budget", a.Budget) })
        {
            if (value is { } v && (!double.IsFinite(v) || v < 0 || v > 1e9))
            {
                return (null, ($"{name} {v.ToString(CultureInfo.InvariantCulture)} is not a usable amount", $"give a positive number for {name}"));
            }
        }

        if (!RequirementWords.Objectives.TryGetValue(a.Objective, out var objective))
        {
            return (null, ($"--objective '{a.Objective}' is not an objective", "use tflops-per-dollar, min-cost, max-tflops, max-vram or decode-tps-per-dollar"));
        }

        if (objective == PlanObjective.DecodeTpsPerDollar && a.Model is null && a.RequirementsFile is null)
        {
            return (null, ("--objective decode-tps-per-dollar needs a model", "add --model ID (and --quant), e.g. --model llama-3-8b --quant q4_k_m"));
        }

        if (a.Model is null && a.RequirementsFile is null && (a.MinDecode is not null || a.Given.Contains("--quant") || a.Given.Contains("--context")))
        {
            return (null, ("--quant, --context and --min-decode-tps describe a --model", "add --model ID, e.g. --model llama-3-70b"));
        }

        if (a.Solver is not ("exact" or "exhaustive" or "cpsat"))
        {
            return (null, ($"--solver '{a.Solver}' is not a solver", "use exact (the default), cpsat or exhaustive"));
        }

        if (a.Solver == "cpsat" && a.Pareto)
        {
            return (null, ("--pareto is not available with --solver cpsat", "use the exact solver for the frontier (it is the default)"));
        }

        if (nodeCount == 0 && a.Pareto)
        {
            return (null, ("--pareto needs a fixed node count", "give --nodes N, or leave out --pareto"));
        }

        if (a.Top is < 1 or > 100)
        {
            return (null, ($"--top {a.Top} is outside 1 to 100", "ask for at most 100 plans"));
        }

        if (!RequirementWords.Forms.TryGetValue(a.Form, out var form))
        {
            return (null, ($"--form '{a.Form}' is not an enclosure", "use any, tower, open-frame or rack"));
        }

        if (!RequirementWords.Prices.TryGetValue(a.PriceMode, out var mode))
        {
            return (null, ($"--price '{a.PriceMode}' is not a price condition", "use any, new or used"));
        }

        if (!double.IsFinite(a.Voltage) || !double.IsFinite(a.Amps) || a.Voltage is < 90 or > 480 || a.Amps is < 1 or > 400 || a.Circuits is < 1 or > 1000)
        {
            return (null, ("the site is out of range", "use --voltage 90-480, --circuit-amps 1-400 and --circuits 1-1000"));
        }

        if (a.TimeLimit is { } t && (!double.IsFinite(t) || t <= 0 || t > 1e6))
        {
            return (null, ($"--time-limit {t.ToString(CultureInfo.InvariantCulture)} is not a time RigPlan accepts", "give seconds from above 0 to 1,000,000, e.g. --time-limit 2"));
        }

        if (objective is PlanObjective.MaxTflops or PlanObjective.MaxVram && a.Budget is null && a.RequirementsFile is null)
        {
            return (null, ($"--objective {a.Objective} needs a budget", "add --budget USD"));
        }

        return (new Requirements
        {
            MinGpus = min,
            MaxGpus = max,
            MinVramPerGpuGb = a.VramPerGpu ?? 0,
            MinVramTotalGb = a.Vram ?? 0,
            MinTflops = a.Tflops ?? 0,
            Budget = a.Budget,
            Objective = objective,
            Form = form,
            Prices = mode,
            Nodes = nodeCount!.Value,
            Exclude = [.. a.Exclude],
            Site = new Site { Voltage = new Volts(a.Voltage), CircuitAmps = new Amps(a.Amps), Circuits = a.Circuits },
        }, null);
    }

    /// <summary>Starts from the requirements file (when given), lays the options the user typed over it, and resolves --require.</summary>
    private static Requirements? WithFileAndRequired(CliContext context, RigPlan.Core.Catalog.HardwareCatalog catalog, Args a, Requirements fromOptions)
    {
        var req = fromOptions;
        if (a.RequirementsFile is { } path)
        {
            if (!File.Exists(path))
            {
                context.BadInput(Directory.Exists(path) ? $"'{path}' is a folder, not a requirements file" : $"the requirements file '{path}' does not exist", "give the path to a YAML requirements file (docs/requirements-file.md)");
                return null;
            }

            if (new FileInfo(path).Length > BuildLimits.MaxFileBytes)
            {
                context.BadInput($"{path}: the file is larger than {BuildLimits.MaxFileBytes / 1024 / 1024} MB", "a requirements file is a few lines");
                return null;
            }

            var (root, syntax) = YamlDocuments.Parse(path, File.ReadAllText(path));
            var (fromFile, errors) = root is null ? (null, [syntax!]) : RequirementsReader.Read(root, path, catalog);
            if (fromFile is null)
            {
                context.Stderr.WriteLine($"error: {path} has {errors.Length} problem(s):");
                foreach (var error in errors)
                {
                    context.Stderr.WriteLine($"  {error}");
                }

                return null;
            }

            bool Given(string name) => a.Given.Contains(name);
            req = fromFile with
            {
                MinGpus = Given("--gpus") ? fromOptions.MinGpus : fromFile.MinGpus,
                MaxGpus = Given("--gpus") ? fromOptions.MaxGpus : fromFile.MaxGpus,
                MinVramPerGpuGb = Given("--min-vram-per-gpu") ? fromOptions.MinVramPerGpuGb : fromFile.MinVramPerGpuGb,
                MinVramTotalGb = Given("--min-vram") ? fromOptions.MinVramTotalGb : fromFile.MinVramTotalGb,
                MinTflops = Given("--min-tflops") ? fromOptions.MinTflops : fromFile.MinTflops,
                Budget = Given("--budget") ? fromOptions.Budget : fromFile.Budget,
                Objective = Given("--objective") ? fromOptions.Objective : fromFile.Objective,
                Form = Given("--form") ? fromOptions.Form : fromFile.Form,
                Prices = Given("--price") ? fromOptions.Prices : fromFile.Prices,
                Nodes = Given("--nodes") || fromOptions.Nodes == 0 ? fromOptions.Nodes : fromFile.Nodes,
                Exclude = [.. fromFile.Exclude, .. fromOptions.Exclude],
                Site = new Site
                {
                    Voltage = Given("--voltage") ? fromOptions.Site.Voltage : fromFile.Site.Voltage,
                    CircuitAmps = Given("--circuit-amps") ? fromOptions.Site.CircuitAmps : fromFile.Site.CircuitAmps,
                    Circuits = Given("--circuits") ? fromOptions.Site.Circuits : fromFile.Site.Circuits,
                },
            };
        }

        if (a.Require.Length > 0)
        {
            var resolver = new RigPlan.Core.Catalog.NameResolver<RigPlan.Core.Catalog.Part>(catalog.AllParts.Where(p => p.Kind != RigPlan.Core.Catalog.PartKind.GpuBoard));
            var ids = new List<string>();
            foreach (var name in a.Require)
            {
                var found = resolver.Resolve(name);
                if (found.Part is null)
                {
                    context.BadInput($"--require: {found.Message}", "write a catalog id or a fuller name");
                    return null;
                }

                ids.Add(found.Part.Id);
            }

            req = req with { Require = [.. req.Require, .. ids] };
        }

        return req;
    }

    private static void Render(CliContext context, PlanResult result, Requirements req, FileInfo? output)
    {
        var console = context.Console;
        if (result.Best is not { } best)
        {
            console.MarkupLine("[red bold]No plan:[/] " + Markup.Escape(result.Explanation ?? "the time limit ran out before any plan was found"));
            console.MarkupLine($"[grey]Searched in {result.SolveMs:0} ms; {result.Checked} candidates checked; {result.UnpricedParts} catalog parts without a price were left out.[/]");
            return;
        }

        var status = result.Status == PlanStatus.Optimal ? "[green bold]optimal[/] (proven best over the priced catalog)"
            : result.Bound is { } bound ? $"[yellow bold]feasible[/] (time limit reached; nothing found scores above {bound:0.##})"
            : $"[yellow bold]feasible[/] (not proven best{(result.Explanation is { } why ? $": {Markup.Escape(why)}" : "")})";
        console.MarkupLine($"Plan: {status}, {Markup.Escape(PlanScore.Name(req.Objective))} = [bold]{Value(req.Objective, best)}[/]");
        var node = best.Build.Nodes[0];
        var gpu = node.Gpus[0];
        var machines = best.Build.MachineCount;
        foreach (var kind in best.Build.Nodes)
        {
            console.Write(PartsTable(kind, best, best.Build.Nodes.Length > 1));
        }
        if (best.Build.Network is { Switch: { } sw } network)
        {
            console.MarkupLine($"Network, shared by the {machines} nodes: {network.SwitchCount}x {Markup.Escape(sw.Name)} ({sw.Ports}x {sw.PortSpeed.Value:0.#} Gb/s) and {machines + (network.SwitchCount - 1)} cables (cables are not priced)");
        }
        else if (machines == 2)
        {
            console.MarkupLine("Network: the 2 nodes are cabled back to back (one cable, not priced); no switch is needed");
        }

        if (req.Workload is { } workload)
        {
            var perNode = best.DecodeTps / machines;
            var need = workload.MinDecodeTokensPerSecond is { } m ? $" (at least {m:0.#} asked)" : "";
            console.MarkupLine($"Workload: {Markup.Escape(workload.Model.Name)} in {Markup.Escape(workload.Format.Name)} at {workload.Context:N0} tokens of context fits on {node.GpuCount}x {Markup.Escape(gpu.Gpu.Name)}{(node.GpuCount > 1 ? " (layer split)" : "")} and generates about [bold]{perNode:0.#} tokens/s[/] per stream{need}; `rigplan predict llm` shows the reasoning.");
        }

        if (!result.NodeCountsTried.IsEmpty)
        {
            console.MarkupLine(result.MixedNodes
                ? $"Node count chosen: {string.Join(" and ", best.Build.Nodes.Select(n => $"{n.Count} node(s) of {n.GpuCount} GPUs"))}; two kinds of node beat every split into {string.Join(", ", result.NodeCountsTried)} identical node(s)."
                : $"Node count chosen: {node.Count} of {node.GpuCount} GPUs each; every split into {string.Join(", ", result.NodeCountsTried)} node(s) was planned and this one scores best.");
        }

        CheckCommand.RenderSummary(console, best.Report);
        var notes = best.Report.Findings.Where(f => f.Severity != Severity.Info).ToList();
        foreach (var note in notes)
        {
            console.MarkupLine($"[yellow]{note.Rule}[/]: {Markup.Escape(note.Message)}; fix: {Markup.Escape(note.Fix ?? "")}");
        }

        if (!result.Alternatives.IsEmpty)
        {
            var alt = new Table().Border(TableBorder.Rounded).Title("Alternatives").AddColumns("#", "GPUs", "Platform", "Cost", "TFLOPS", "VRAM", PlanScore.Name(req.Objective));
            var i = 2;
            foreach (var plan in result.Alternatives)
            {
                var n = plan.Build.Nodes[0];
                alt.AddRow((i++).ToString(CultureInfo.InvariantCulture), Markup.Escape($"{n.GpuCount}x {n.Gpus[0].Board?.Name ?? n.Gpus[0].Gpu.Name}"), Markup.Escape($"{n.Cpu.Name} / {n.Motherboard.Name}"), Fmt.Usd(plan.CostUsd), Fmt.N(plan.Tflops), $"{Fmt.N(plan.VramGb)} GB", Value(req.Objective, plan));
            }

            console.Write(alt);
        }

        if (!result.Pareto.IsEmpty)
        {
            var frontier = new Table().Border(TableBorder.Rounded).Title("Cost against TFLOPS frontier").AddColumns("Cost", "TFLOPS", "GPUs");
            foreach (var plan in result.Pareto)
            {
                var n = plan.Build.Nodes[0];
                frontier.AddRow(Fmt.Usd(plan.CostUsd), Fmt.N(plan.Tflops), Markup.Escape($"{n.GpuCount}x {n.Gpus[0].Board?.Name ?? n.Gpus[0].Gpu.Name}"));
            }

            console.Write(frontier);
        }

        console.MarkupLine($"[grey]Searched in {result.SolveMs:0} ms ({result.Solver} solver, {result.Checked} candidate builds run through the checker); {result.UnpricedParts} catalog parts without a price were left out.[/]");
        console.MarkupLine(output is null ? "[grey]Write it as a build file with --out FILE.yaml, then `rigplan check FILE.yaml` or `rigplan bom FILE.yaml`.[/]" : $"Build file written to [bold]{Markup.Escape(output.FullName)}[/].");
    }

    private static Table PartsTable(NodeSpec node, Plan best, bool named)
    {
        var parts = new Table().Border(TableBorder.Rounded).AddColumns("Part", "Qty", "Choice");
        var gpu = node.Gpus[0];
        parts.AddRow("GPU", gpu.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(gpu.Board?.Name ?? gpu.Gpu.Name + " (reference design)"));
        if (gpu.PowerLimit is { } cap)
        {
            parts.AddRow("Power cap", gpu.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(FormattableString.Invariant($"each GPU at {cap.Value:0} W of {gpu.BoardPower.Value:0} W (nvidia-smi -pl {cap.Value:0}): about {best.Tflops / best.Report.Summary.Bf16Tflops:P0} of its compute speed by RigPlan's power model")));
        }

        if (gpu.Riser is { } riser)
        {
            parts.AddRow("Riser", gpu.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(riser.Name) + " (each card on a riser, in an open frame)");
        }

        parts.AddRow("CPU", node.CpuCount.ToString(CultureInfo.InvariantCulture), Markup.Escape(node.Cpu.Name));
        parts.AddRow("Motherboard", "1", Markup.Escape(node.Motherboard.Name));
        parts.AddRow("Memory", node.Memory!.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(node.Memory.Part.Name));
        parts.AddRow("PSU", node.Psus[0].Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(node.Psus[0].Part.Name));
        if (node.Chassis is { } chassis)
        {
            parts.AddRow("Chassis", "1", Markup.Escape(chassis.Name));
        }

        if (!node.Nics.IsEmpty)
        {
            parts.AddRow("NIC", "1", Markup.Escape(node.Nics[0].Part.Name));
        }

        if (node.Count > 1 || named)
        {
            parts.Title = new TableTitle(named ? $"{node.Name}: {node.Count} identical node(s)" : $"each of {node.Count} identical nodes");
        }

        return parts;
    }

    private static void RenderComparison(IAnsiConsole console, Plan plan, CheckReport other, string path)
    {
        var errors = other.Of(Severity.Error).ToList();
        var table = new Table().Border(TableBorder.Rounded).Title($"The plan against {Markup.Escape(path)}").AddColumns("", "Plan", Markup.Escape(other.Build.Name));
        var mine = plan.Report.Summary;
        var theirs = other.Summary;
        table.AddRow("Works as built", "[green]yes[/]: no errors", errors.Count == 0 ? "[green]yes[/]" : $"[red]no[/]: {errors.Count} error(s): {Markup.Escape(string.Join(", ", errors.Select(e => e.Rule).Distinct()))}");
        table.AddRow("Cost", Fmt.Usd(mine.CostUsd), Fmt.Usd(theirs.CostUsd) + (theirs.Unpriced.IsEmpty ? "" : " (some parts unpriced)"));
        table.AddRow("Dense BF16 TFLOPS", Fmt.N(mine.Bf16Tflops), Fmt.N(theirs.Bf16Tflops));
        table.AddRow("TFLOPS per $1000", mine.TflopsPer1000Usd is { } a ? a.ToString("0.#", CultureInfo.InvariantCulture) : "unknown", theirs.TflopsPer1000Usd is { } b ? b.ToString("0.#", CultureInfo.InvariantCulture) : "unknown");
        table.AddRow("VRAM", $"{Fmt.N(mine.VramGb)} GB", $"{Fmt.N(theirs.VramGb)} GB");
        table.AddRow("Wall draw", Fmt.W(mine.WallW), Fmt.W(theirs.WallW));
        console.Write(table);
        if (errors.Count > 0)
        {
            console.MarkupLine($"[grey]{Markup.Escape(other.Build.Name)} fails: {Markup.Escape(string.Join(" ", errors.Select(e => e.Message.TrimEnd('.') + ".")))}[/]");
        }
    }

    private static string Value(PlanObjective objective, Plan plan) => objective switch
    {
        PlanObjective.TflopsPerDollar => $"{PlanScore.Reported(objective, plan):0.#} TFLOPS per $1000",
        PlanObjective.MinCost => Fmt.Usd(plan.CostUsd),
        PlanObjective.MaxTflops => $"{plan.Tflops:0.#} TFLOPS",
        PlanObjective.DecodeTpsPerDollar => $"{PlanScore.Reported(objective, plan):0.##} tokens/s per $1000",
        _ => $"{plan.VramGb:0.#} GB",
    };

    private static JsonObject Json(PlanResult result, Requirements req)
    {
        JsonObject? PlanJson(Plan? plan) => plan is null ? null : new JsonObject
        {
            ["objective_value"] = Math.Round(PlanScore.Reported(req.Objective, plan), 3),
            ["cost_usd"] = Math.Round(plan.CostUsd, 2),
            ["bf16_tflops"] = Math.Round(plan.Tflops, 2),
            ["vram_gb"] = plan.VramGb,
            ["decode_tokens_per_s"] = req.Workload is null ? null : Math.Round(plan.DecodeTps, 2),
            ["build"] = ReportJson.Build(plan.Build),
        };

        var best = result.Best;
        return new JsonObject
        {
            ["status"] = result.Status.ToString().ToLowerInvariant(),
            ["objective"] = PlanScore.Name(req.Objective),
            ["objective_value"] = best is null ? null : Math.Round(PlanScore.Reported(req.Objective, best), 3),
            ["solver"] = result.Solver,
            ["solve_ms"] = Math.Round(result.SolveMs, 2),
            ["candidates_checked"] = result.Checked,
            ["bound"] = result.Bound,
            ["explanation"] = result.Explanation,
            ["build"] = best is null ? null : ReportJson.Build(best.Build),
            ["summary"] = best is null ? null : ReportJson.Summary(best.Report.Summary),
            ["findings"] = best is null ? new JsonArray() : ReportJson.Findings(best.Report.Findings),
            ["alternatives"] = new JsonArray([.. result.Alternatives.Select(p => (JsonNode?)PlanJson(p))]),
            ["nodes"] = best?.Build.MachineCount,
            ["mixed_nodes"] = result.MixedNodes,
            ["workload"] = req.Workload is not { } w || best is null ? null : new JsonObject
            {
                ["model"] = w.Model.Id,
                ["quant"] = w.Format.Id,
                ["context"] = w.Context,
                ["min_decode_tokens_per_s"] = w.MinDecodeTokensPerSecond,
                ["decode_tokens_per_s"] = Math.Round(best.DecodeTps / best.Build.MachineCount, 2),
                ["gpus_per_node"] = best.Build.Nodes[0].GpuCount,
            },
            ["node_counts_tried"] = result.NodeCountsTried.IsEmpty ? null : new JsonArray([.. result.NodeCountsTried.Select(n => (JsonNode?)JsonValue.Create(n))]),
            ["network"] = best?.Report.Summary.Network,
            ["pareto"] = new JsonArray([.. result.Pareto.Select(p => (JsonNode?)PlanJson(p))]),
        };
    }

    private sealed record Args(
        string? Gpus, double? VramPerGpu, double? Vram, double? Tflops, double? Budget, string Objective, string Solver, string? Nodes, int Top, bool Pareto,
        string Form, string PriceMode, double Voltage, double Amps, int Circuits, string[] Exclude, double? TimeLimit, FileInfo? Out, FileInfo? Prices, bool Json, string? Compare,
        string? RequirementsFile, string[] Require, string? Model, string Quant, int Context, double? MinDecode, bool PowerCaps, HashSet<string> Given);
}
