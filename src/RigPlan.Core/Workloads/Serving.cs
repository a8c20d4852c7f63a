using System.Collections.Immutable;
using RigPlan.Core.Builds;

namespace RigPlan.Core.Workloads;

/// <summary>How one group of a node's GPUs serves a model: copies, GPUs per copy, and each copy's generation speed.</summary>
/// <param name="Node">The node kind's name.</param>
/// <param name="Machines">Machines of that kind.</param>
/// <param name="Gpu">The GPU model of the group.</param>
/// <param name="Copies">Copies of the model per machine in this group (0 when it does not fit).</param>
/// <param name="GpusPerCopy">The fewest of the group's GPUs that hold a copy (layer split).</param>
/// <param name="TokensPerSecondPerCopy">Each copy's generation speed, tokens/s for the batch.</param>
public sealed record ServingGroup(string Node, int Machines, string Gpu, int Copies, int GpusPerCopy, double TokensPerSecondPerCopy);

/// <summary>
/// How fast a build serves a model: each group of identical GPUs in a node holds as many copies as it can, each on the
/// fewest GPUs it fits (layer split, judged on the fullest card), at the speed model's prediction.
/// </summary>
public static class Serving
{
    /// <summary>The groups serving the model, and their total generation speed over the build, tokens/s.</summary>
    public static (ImmutableArray<ServingGroup> Groups, double TokensPerSecond) Of(BuildSpec build, LlmModel model, QuantFormat format, SpeedModel speed, int batch, int context = 4096, double kvBytesPerElement = 2)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(speed);
        var groups = ImmutableArray.CreateBuilder<ServingGroup>();
        foreach (var node in build.Nodes)
        {
            foreach (var group in node.Gpus)
            {
                var k = Enumerable.Range(1, group.Count).FirstOrDefault(n =>
                    InferenceMemory.Estimate(model, format, [.. Enumerable.Repeat(group.Gpu.Vram.Value, n)], context, batch, kvBytesPerElement).Fits);
                var perCopy = k == 0 ? 0 : speed.Predict(model, format, [.. Enumerable.Repeat(group.Gpu, k)], context, batch, kvBytesPerElement).DecodeTokensPerSecond;
                groups.Add(new ServingGroup(node.Name, node.Count, group.Gpu.Name, k == 0 ? 0 : group.Count / k, k, perCopy));
            }
        }

        var built = groups.ToImmutable();
        return (built, built.Sum(g => g.Machines * g.Copies * g.TokensPerSecondPerCopy));
    }
}
