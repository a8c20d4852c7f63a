namespace RigPlan.Core.Workloads;

/// <summary>A weight format and its storage cost (data/models/quant_formats.csv).</summary>
public sealed record QuantFormat(string Id, string Name, double BitsPerWeight, string Source);
