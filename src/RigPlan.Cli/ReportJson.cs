using System.Text.Json.Nodes;
using RigPlan.Core.Checks;
using RigPlan.Core.Costs;

namespace RigPlan.Cli;

/// <summary>The JSON form of a check report (the `check --json` contract; `plan --json` embeds it).</summary>
internal static class ReportJson
{
    public static JsonObject Summary(BuildSummary s) => new()
    {
        ["cost_usd"] = Math.Round(s.CostUsd, 2),
        ["unpriced_parts"] = new JsonArray([.. s.Unpriced.Select(u => (JsonNode?)JsonValue.Create(u))]),
        ["oldest_price_date"] = s.OldestPrice,
        ["newest_price_date"] = s.NewestPrice,
        ["gpus"] = s.Gpus,
        ["vram_gb"] = s.VramGb,
        ["bf16_tflops"] = Math.Round(s.Bf16Tflops, 2),
        ["bf16_tflops_per_1000_usd"] = s.TflopsPer1000Usd is { } t ? Math.Round(t, 3) : null,
        ["dc_load_w"] = Math.Round(s.DcLoadW, 1),
        ["wall_w"] = Math.Round(s.WallW, 1),
        ["site"] = s.Site,
        ["network"] = s.Network,
    };

    public static JsonArray Findings(IEnumerable<Finding> findings) => new([.. findings.Select(f => (JsonNode)new JsonObject
    {
        ["rule"] = f.Rule,
        ["severity"] = f.Severity.ToString().ToLowerInvariant(),
        ["message"] = f.Message,
        ["fix"] = f.Fix,
        ["node"] = f.Node,
    })]);

    public static JsonObject Report(CheckReport report)
    {
        var nodes = new JsonArray();
        foreach (var (node, summary) in report.Context.Nodes.Zip(report.Summary.Nodes))
        {
            nodes.Add(new JsonObject
            {
                ["name"] = node.Name,
                ["count"] = node.Node.Count,
                ["gpus"] = summary.Gpus,
                ["dc_load_w"] = Math.Round(summary.DcLoadW, 1),
                ["psu_capacity_w"] = summary.PsuCapacityW,
                ["wall_w"] = Math.Round(summary.WallW, 1),
                ["power_budget"] = new JsonArray([.. node.Power.Items.Select(i => (JsonNode)new JsonObject
                {
                    ["what"] = i.What,
                    ["count"] = i.Count,
                    ["each_w"] = i.Each.Value,
                    ["allowance"] = i.IsAllowance,
                })]),
                ["slot_layout_known"] = node.Placement.LayoutKnown,
                ["placement"] = new JsonArray([.. node.Placement.Placed.Select(p => (JsonNode)new JsonObject
                {
                    ["device"] = p.Device.Label,
                    ["slot_position"] = p.Slot.Position,
                    ["slot_label"] = p.Slot.Label,
                    ["lanes"] = p.Lanes,
                    ["gen"] = p.Gen,
                    ["via"] = p.ViaChipset ? "chipset" : "cpu",
                })]),
                ["unplaced"] = new JsonArray([.. node.Placement.Unplaced.Select(d => (JsonNode?)JsonValue.Create(d.Label))]),
                ["links"] = new JsonArray([.. summary.Links.Select(l => (JsonNode?)JsonValue.Create(l))]),
            });
        }

        return new JsonObject
        {
            ["name"] = report.Build.Name,
            ["passes"] = report.Passes,
            ["summary"] = Summary(report.Summary),
            ["nodes"] = nodes,
            ["findings"] = Findings(report.Findings),
        };
    }

    /// <summary>A build in build-file form: the keys of docs/build-file.md, parts by id.</summary>
    public static JsonObject Build(RigPlan.Core.Builds.BuildSpec build) => new()
    {
        ["name"] = build.Name,
        ["prices"] = build.PriceCondition?.ToString().ToLowerInvariant() ?? "any",
        ["site"] = new JsonObject { ["voltage"] = build.Site.Voltage.Value, ["circuit_amps"] = build.Site.CircuitAmps.Value, ["circuits"] = build.Site.Circuits },
        ["nodes"] = new JsonArray([.. build.Nodes.Select(n => (JsonNode)new JsonObject
        {
            ["name"] = n.Name,
            ["count"] = n.Count,
            ["chassis"] = n.Chassis?.Id,
            ["motherboard"] = n.Motherboard.Id,
            ["cpu"] = n.Cpu.Id,
            ["cpu_count"] = n.CpuCount,
            ["memory"] = n.Memory is { } m ? new JsonObject { ["part"] = m.Part.Id, ["count"] = m.Count } : null,
            ["gpus"] = new JsonArray([.. n.Gpus.Select(g => (JsonNode)new JsonObject { ["part"] = g.Gpu.Id, ["board"] = g.Board?.Id, ["count"] = g.Count, ["power_limit_w"] = g.PowerLimit?.Value, ["riser"] = g.Riser?.Id })]),
            ["psus"] = new JsonArray([.. n.Psus.Select(p => (JsonNode)new JsonObject { ["part"] = p.Part.Id, ["count"] = p.Count })]),
            ["nics"] = new JsonArray([.. n.Nics.Select(p => (JsonNode)new JsonObject { ["part"] = p.Part.Id, ["count"] = p.Count })]),
            ["drives"] = n.Drives,
        })]),
        ["network"] = build.Network is { Switch: { } sw } net ? new JsonObject { ["switch"] = sw.Id, ["count"] = net.SwitchCount } : null,
    };

    public static JsonObject Bom(BillOfMaterials bom) => new()
    {
        ["condition"] = bom.Condition?.ToString().ToLowerInvariant() ?? "any",
        ["total_usd"] = Math.Round(bom.Total, 2),
        ["lines"] = new JsonArray([.. bom.Lines.Select(l => (JsonNode)new JsonObject
        {
            ["node"] = l.Node,
            ["kind"] = Words.Plural(l.Part.Kind),
            ["id"] = l.Part.Id,
            ["name"] = l.Part.Name,
            ["quantity"] = l.Quantity,
            ["unit_price_usd"] = l.Price?.Price.Value,
            ["subtotal_usd"] = l.Subtotal is { } s ? Math.Round(s, 2) : null,
            ["price_condition"] = l.Price?.Condition.ToString().ToLowerInvariant(),
            ["price_date"] = l.Price?.DateText,
            ["price_source"] = l.Price?.Source,
            ["priced_as_model"] = l.PricedAsModel,
            ["part_source"] = l.Part.Source,
        })]),
    };
}
