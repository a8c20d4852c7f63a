namespace RigPlan.Core.Economics;

/// <summary>What renting one GPU costs per hour (data/models/cloud_prices.csv), with its date and source.</summary>
public sealed record CloudPrice(string GpuId, double PerGpuHour, string Date, string Source);
