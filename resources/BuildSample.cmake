# Builds sample.dosi with dosi-cli. Called by resources/CMakeLists.txt:
#   cmake -DCLI=dosi-cli -DSRC=resources/sample -DOUT=build/resources/sample.dosi -P BuildSample.cmake
# The project is written to a temporary name and renamed at the end, so a failed step
# never leaves a half-built sample behind.
set(TMP "${OUT}.building.dosi")
file(REMOVE "${TMP}")

function(run)
  execute_process(COMMAND "${CLI}" ${ARGN} RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    file(REMOVE "${TMP}")
    message(FATAL_ERROR "dosi-cli ${ARGN} failed (${rc}):\n${err}")
  endif()
  message(STATUS "${err}")
endfunction()

run(new "${TMP}" --title "Dosi sample: Seoul and Daejeon" --force)
run(meta "${TMP}" area "Seoul and Daejeon / 서울특별시, 대전광역시")
run(meta "${TMP}" attribution --file "${SRC}/NOTICE")
run(meta "${TMP}" source_line "Boundaries: SGIS (KOGL 1) via vuski/admdongkor (CC BY 4.0) · Living population: Seoul Open Data (KOGL 1)")
run(import "${TMP}" boundaries "${SRC}/hangjeongdong_seoul_ver20210401.geojson" --name dong --code-field adm_cd2 --label-field adm_nm)
run(import "${TMP}" boundaries "${SRC}/hangjeongdong_daejeon_ver20210401.geojson" --name dong --code-field adm_cd2 --label-field adm_nm --append)
run(import "${TMP}" living-population "${SRC}/hanbyul_week20190304_dong_hourly_whole.json"
    "${SRC}/hanbyul_week20200309_dong_hourly_whole.json" --name living_population --layer dong)
run(import "${TMP}" table "${SRC}/kingkangzza_POP5_2017-2021_seoul_daejeon.csv" --name population --key CODE_AD --time YEAR --layer dong)
# The national 250 m grid over the dongs, with one hour of living population moved onto it
# by area-weighted interpolation (an estimate, marked as such in the project).
run(grid "${TMP}" --cell 250 --over dong --name grid250)
# The empty cells' outlines would hatch every map drawn over them: shown when the planner asks.
run(layer "${TMP}" grid250 --hide)
run(interpolate "${TMP}" --from living_population.total --to grid250 --as living_population_grid250 --time 2019-03-06T14)
# Home→work commuting between the dongs, ESTIMATED with a doubly-constrained gravity model from the
# 2019 week of living population (night-time population = homes, weekday daytime = workplaces; mean trip
# length assumed 10 km). No movement file is bundled: the layer is marked estimated and every map of it
# says "Estimated (gravity model), not observed". `dosi-cli render sample.dosi flows.png --layer commuting`
run(estimate-flows "${TMP}" --population living_population --zones dong --name commuting
    --from 2019-03-04 --to 2019-03-10)
# 자치구 last, so that their outlines are drawn above the thematic layers.
run(dissolve "${TMP}" --layer dong --by sgg --name gu)
# Hourly living population of the 25 Seoul districts, 2024-01-01 to 06-05: the regeneration panel's
# hourly forecasts (`dosi-cli regen sample.dosi forecast --layer gu_living_population --field total --horizon 336`).
run(import "${TMP}" living-population "${SRC}/yjk101_LOCAL_PEOPLE_GU_20240101-20240605_total.csv"
    --name gu_living_population --layer gu)
run(layer "${TMP}" gu_living_population --hide)
file(RENAME "${TMP}" "${OUT}")
