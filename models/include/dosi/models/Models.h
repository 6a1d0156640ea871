#pragma once
// Umbrella for the models library: regeneration, location analysis and reports.
namespace dosi::models {
inline constexpr int kModelsApiVersion = 1;
}
