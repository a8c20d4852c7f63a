using System.Globalization;
using System.Text;

namespace RigPlan.Core.Builds;

/// <summary>Writes a build as a build file (YAML) that the build reader accepts, naming every part by id.</summary>
public static class BuildFileWriter
{
    /// <summary>The YAML text of a build.</summary>
    public static string Write(BuildSpec build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"# Written by rigplan; check it with `rigplan check` and price it with `rigplan bom`.");
        sb.AppendLine(c, $"name: {build.Name}");
        sb.AppendLine(c, $"prices: {build.PriceCondition?.ToString().ToLowerInvariant() ?? "any"}");
        sb.AppendLine("site:");
        sb.AppendLine(c, $"  voltage: {build.Site.Voltage.Value:0.##}");
        sb.AppendLine(c, $"  circuit_amps: {build.Site.CircuitAmps.Value:0.##}");
        sb.AppendLine(c, $"  circuits: {build.Site.Circuits}");
        sb.AppendLine("nodes:");
        foreach (var node in build.Nodes)
        {
            sb.AppendLine(c, $"  - name: {node.Name}");
            sb.AppendLine(c, $"    count: {node.Count}");
            if (node.Chassis is { } chassis)
            {
                sb.AppendLine(c, $"    chassis: {chassis.Id}            # {chassis.Name}");
            }

            sb.AppendLine(c, $"    motherboard: {node.Motherboard.Id}   # {node.Motherboard.Name}");
            sb.AppendLine(c, $"    cpu: {node.Cpu.Id}                   # {node.Cpu.Name}");
            if (node.CpuCount > 1)
            {
                sb.AppendLine(c, $"    cpu_count: {node.CpuCount}");
            }

            if (node.Memory is { } memory)
            {
                sb.AppendLine(c, $"    memory: {{ part: {memory.Part.Id}, count: {memory.Count} }}");
            }

            sb.AppendLine("    gpus:");
            foreach (var gpu in node.Gpus)
            {
                var extra = (gpu.Board is null ? "" : $", board: {gpu.Board.Id}") + (gpu.PowerLimit is { } p ? $", power_limit_w: {p.Value:0}" : "") + (gpu.Riser is null ? "" : $", riser: {gpu.Riser.Id}");
                sb.AppendLine(c, $"      - {{ part: {gpu.Gpu.Id}{extra}, count: {gpu.Count} }}");
            }

            sb.AppendLine("    psus:");
            foreach (var psu in node.Psus)
            {
                sb.AppendLine(c, $"      - {{ part: {psu.Part.Id}, count: {psu.Count} }}");
            }

            if (!node.Nics.IsEmpty)
            {
                sb.AppendLine("    nics:");
                foreach (var nic in node.Nics)
                {
                    sb.AppendLine(c, $"      - {{ part: {nic.Part.Id}, count: {nic.Count} }}");
                }
            }

            sb.AppendLine(c, $"    drives: {node.Drives}");
        }

        if (build.Network is { Switch: { } sw } network)
        {
            sb.AppendLine("network:");
            sb.AppendLine(c, $"  switch: {sw.Id}   # {sw.Name}");
            if (network.SwitchCount > 1)
            {
                sb.AppendLine(c, $"  count: {network.SwitchCount}");
            }
        }

        return sb.ToString();
    }
}
