using System.Globalization;

namespace RigPlan.Core.Units;

/// <summary>Memory transfer rate, in megatransfers per second.</summary>
public readonly record struct MegaTransfers : IComparable<MegaTransfers>
{
    /// <summary>Makes a quantity; it must be finite and not negative.</summary>
    public MegaTransfers(double value) => Value = Guard.NonNegative(value, nameof(value));

    /// <summary>The amount, in MT/s.</summary>
    public double Value { get; }

    /// <summary>Zero.</summary>
    public static MegaTransfers Zero => default;

    /// <inheritdoc />
    public int CompareTo(MegaTransfers other) => Value.CompareTo(other.Value);

    /// <summary>Adds two amounts.</summary>
    public static MegaTransfers operator +(MegaTransfers a, MegaTransfers b) => new(a.Value + b.Value);

    /// <summary>Scales an amount by a count or factor.</summary>
    public static MegaTransfers operator *(MegaTransfers a, double factor) => new(a.Value * factor);

    /// <summary>The ratio of two amounts.</summary>
    public static double operator /(MegaTransfers a, MegaTransfers b) => a.Value / b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <(MegaTransfers a, MegaTransfers b) => a.Value < b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >(MegaTransfers a, MegaTransfers b) => a.Value > b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator <=(MegaTransfers a, MegaTransfers b) => a.Value <= b.Value;

    /// <summary>Compares two amounts.</summary>
    public static bool operator >=(MegaTransfers a, MegaTransfers b) => a.Value >= b.Value;

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture) + " MT/s";
}
