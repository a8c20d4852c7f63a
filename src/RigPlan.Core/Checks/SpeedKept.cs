using RigPlan.Core.Workloads.Training;

namespace RigPlan.Core.Checks;

/// <summary>How a power-cap fix states what the cap costs: the share of compute speed kept, by the fitted power model.</summary>
public static class SpeedKept
{
    /// <summary>" - keeps about 93 % of training speed ..." for a cap on the node's GPUs, or "" without a power model.</summary>
    public static string At(PowerLimitModel? power, NodeContext node, double capWatts)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (power is null || node.Node.Gpus.IsEmpty)
        {
            return "";
        }

        var kept = node.Node.Gpus.Min(g => power.ComputeFraction(capWatts, g.BoardPower.Value));
        var outside = capWatts / node.Node.Gpus.Max(g => g.BoardPower.Value) < power.LowestMeasured ? ", below the measured range" : "";
        return FormattableString.Invariant($": keeps about {kept:P0} of training speed by RigPlan's power model{outside}, and token generation, which waits on memory, barely slows");
    }
}
