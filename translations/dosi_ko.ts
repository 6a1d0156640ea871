<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>StoreTr</name>
    <message>
        <source>&quot;%1&quot; is a measure layer, not a feature layer.</source>
        <translation>&quot;%1&quot;은(는) 피처 레이어가 아니라 측정값 레이어입니다.</translation>
    </message>
    <message>
        <source>Cannot write to the project</source>
        <translation>프로젝트에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot create layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot register layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 등록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The project has no feature layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 피처 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot;: the field list does not match the data.</source>
        <translation>레이어 &quot;%1&quot;: 필드 목록이 자료와 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot write layer &quot;%1&quot; (unit %2, time %3): %4</source>
        <translation>레이어 &quot;%1&quot;을(를) 쓸 수 없습니다(단위 %2, 시간 %3): %4</translation>
    </message>
    <message>
        <source>Cannot index layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;의 색인을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot remove layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot change layer &quot;%1&quot;</source>
        <translation>레이어 &quot;%1&quot;을(를) 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot reorder layers</source>
        <translation>레이어 순서를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot reorder layers: %1</source>
        <translation>레이어 순서를 바꿀 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot read layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The project has no measure layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 측정값 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot create a project: %1</source>
        <translation>프로젝트를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1을(를) 열 수 없습니다: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>%1을(를) 열 수 없습니다: 읽을 수 있는 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dosi project: it is not a GeoPackage/SQLite file.</source>
        <translation>%1은(는) Dosi 프로젝트가 아닙니다: GeoPackage/SQLite 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: the file header is incomplete.</source>
        <translation>%1이(가) 손상되었거나 잘렸습니다: 파일 머리글이 불완전합니다.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2</source>
        <translation>%1이(가) 손상되었거나 잘렸습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dosi project: it has no dosi_meta/dosi_layers tables.</source>
        <translation>%1은(는) Dosi 프로젝트가 아닙니다: dosi_meta/dosi_layers 테이블이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Dosi project: its schema version is missing or invalid.</source>
        <translation>%1은(는) Dosi 프로젝트가 아닙니다: 스키마 버전이 없거나 잘못되었습니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dosi (project schema %2; this version reads up to schema %3). Please update Dosi to open it.</source>
        <translation>%1은(는) 더 새로운 버전의 Dosi로 저장되었습니다(프로젝트 스키마 %2, 이 버전은 스키마 %3까지 읽을 수 있음). 열려면 Dosi를 업데이트하십시오.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 from schema %2: %3</source>
        <translation>%1을(를) 스키마 %2에서 업그레이드할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>The project has no file name yet: use Save As.</source>
        <translation>프로젝트에 아직 파일 이름이 없습니다. 다른 이름으로 저장을 사용하십시오.</translation>
    </message>
    <message>
        <source>Cannot save %1: the folder does not exist.</source>
        <translation>%1을(를) 저장할 수 없습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: the file is read-only.</source>
        <translation>%1을(를) 저장할 수 없습니다: 읽기 전용 파일입니다.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write project metadata</source>
        <translation>프로젝트 메타데이터를 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot store the run</source>
        <translation>실행 기록을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>A layer needs a name.</source>
        <translation>레이어에 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The project already has a layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 이미 &quot;%1&quot; 레이어가 있습니다.</translation>
    </message>
    <message>
        <source>Cannot create a working folder in %1: %2</source>
        <translation>%1에 작업 폴더를 만들 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>dosi::Classify</name>
    <message>
        <source>Invalid classification &quot;%1&quot;: the number of classes must be 2 to 9.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: 등급 수는 2에서 9 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Invalid classification &quot;%1&quot;: the step must be a number of standard deviations between 0 and 3.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: 간격은 0에서 3 사이의 표준편차 배수여야 합니다.</translation>
    </message>
    <message>
        <source>Invalid classification &quot;%1&quot;: &quot;%2&quot; is not a number.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: &quot;%2&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Invalid classification &quot;%1&quot;: give 1 to 8 break values, e.g. manual:10,20,30.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: 경계값을 1~8개 지정하십시오(예: manual:10,20,30).</translation>
    </message>
    <message>
        <source>Invalid classification &quot;%1&quot;: the break values must increase.</source>
        <translation>잘못된 등급 분류 &quot;%1&quot;: 경계값은 커지는 순서여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown classification &quot;%1&quot;: use quantile:N, equal:N, jenks:N, stddev:S or manual:A,B,...</source>
        <translation>알 수 없는 등급 분류 &quot;%1&quot;: quantile:N, equal:N, jenks:N, stddev:S, manual:A,B,... 중 하나를 쓰십시오.</translation>
    </message>
</context>
<context>
    <name>dosi::CodeSystem</name>
    <message>
        <source>MOIS 10-digit code</source>
        <translation>행정안전부 10자리 코드</translation>
    </message>
    <message>
        <source>Seoul 8-digit code</source>
        <translation>서울시 8자리 코드</translation>
    </message>
    <message>
        <source>KOSTAT 7-digit code</source>
        <translation>통계청 7자리 코드</translation>
    </message>
    <message>
        <source>5-digit district code</source>
        <translation>5자리 자치구 코드</translation>
    </message>
    <message>
        <source>unknown code system</source>
        <translation>알 수 없는 코드 체계</translation>
    </message>
</context>
<context>
    <name>dosi::CsvReader</name>
    <message>
        <source>%1: the text encoding &quot;%2&quot; is not supported.</source>
        <translation>%1: 텍스트 인코딩 &quot;%2&quot;은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is not valid %2 text.</source>
        <translation>%1은(는) 올바른 %2 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 starts with a byte order mark but is not valid %2 text.</source>
        <translation>%1은(는) 바이트 순서 표식(BOM)으로 시작하지만 올바른 %2 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 and this build cannot decode CP949 text.</source>
        <translation>%1은(는) UTF-8이 아니며, 이 빌드는 CP949 텍스트를 해독할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor CP949 (EUC-KR) text; give its encoding explicitly.</source>
        <translation>%1은(는) UTF-8도 CP949(EUC-KR)도 아닙니다. 인코딩을 직접 지정하십시오.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty: no header line.</source>
        <translation>%1이(가) 비어 있습니다: 머리글 행이 없습니다.</translation>
    </message>
    <message>
        <source>%1 line %2: a quoted field is not closed.</source>
        <translation>%1 %2행: 따옴표로 묶은 필드가 닫히지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::JoinReport</name>
    <message>
        <source>, … (%1 more)</source>
        <translation>, … (외 %1개)</translation>
    </message>
    <message>
        <source>%1 of %2 units matched</source>
        <translation>%2개 단위 중 %1개 일치</translation>
    </message>
    <message>
        <source>1 table code unmatched</source>
        <translation>일치하지 않은 표 코드 1개</translation>
    </message>
    <message>
        <source>%1 table codes unmatched</source>
        <translation>일치하지 않은 표 코드 %1개</translation>
    </message>
    <message>
        <source>1 unit without data</source>
        <translation>자료가 없는 단위 1개</translation>
    </message>
    <message>
        <source>%1 units without data</source>
        <translation>자료가 없는 단위 %1개</translation>
    </message>
</context>
<context>
    <name>dosi::MeasureImport</name>
    <message>
        <source>%1 is not a known living-population file: expected the Seoul 행정동 (기준일ID, 시간대구분, 행정동코드, …), 자치구 (… 자치구코드 …) or 250 m grid (일자, 시간, 행정동코드, 250M격자, …) columns, found: %2</source>
        <translation>%1은(는) 알려진 생활인구 파일이 아닙니다. 서울시 행정동(기준일ID, 시간대구분, 행정동코드, …), 자치구(… 자치구코드 …) 또는 250 m 격자(일자, 시간, 행정동코드, 250M격자, …) 열이 있어야 하는데, 다음 열이 있습니다: %2</translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields as in the header, found %4.</source>
        <translation>%1 %2행: 머리글처럼 필드 %3개가 있어야 하는데 %4개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: &quot;%4&quot; is not a date (YYYYMMDD).</source>
        <translation>%1 %2행, 필드 %3: &quot;%4&quot;은(는) 날짜(YYYYMMDD)가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: &quot;%4&quot; is not an hour (00-23).</source>
        <translation>%1 %2행, 필드 %3: &quot;%4&quot;은(는) 시간대(00-23)가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: the code is empty.</source>
        <translation>%1 %2행, 필드 %3: 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: &quot;%4&quot; is not a number.</source>
        <translation>%1 %2행, 필드 %3: &quot;%4&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2: cell %3 at %4 appears twice for the same 행정동.</source>
        <translation>%1 %2행: 격자 %3(%4)이(가) 같은 행정동에 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>%1 has no data rows.</source>
        <translation>%1에 자료 행이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 grid cells span several 행정동 with some parts masked (&apos;*&apos;); their values sum the known parts only.</source>
        <translation>%1: 격자 %2개가 여러 행정동에 걸쳐 있고 일부 값이 비공개(&apos;*&apos;)입니다. 이 격자의 값은 알려진 부분만 합한 것입니다.</translation>
    </message>
    <message>
        <source>total living population (t)</source>
        <translation>총 생활인구 (t)</translation>
    </message>
    <message>
        <source>female living population (f)</source>
        <translation>여성 생활인구 (f)</translation>
    </message>
    <message>
        <source>male living population (m)</source>
        <translation>남성 생활인구 (m)</translation>
    </message>
    <message>
        <source>age band %1 as published by the source (bands undocumented)</source>
        <translation>원자료가 공개한 연령대 %1 (구간 정의는 문서화되지 않음)</translation>
    </message>
    <message>
        <source>%1: the first day of the week must be in the file name as &quot;week&quot; followed by YYYYMMDD (e.g. week20190304_whole.json).</source>
        <translation>%1: 파일 이름에 주의 첫날이 &quot;week&quot; 다음에 YYYYMMDD 형식으로 있어야 합니다(예: week20190304_whole.json).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2): %3</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다(%2번째 바이트): %3</translation>
    </message>
    <message>
        <source>%1 is not a known living-population file: expected a JSON array of records with code_8 and hourly arrays t, f, m, a1…a6.</source>
        <translation>%1은(는) 알려진 생활인구 파일이 아닙니다. code_8과 시간대별 배열 t, f, m, a1…a6을 가진 레코드의 JSON 배열이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 record %2: no code_8.</source>
        <translation>%1 레코드 %2: code_8이 없습니다.</translation>
    </message>
    <message>
        <source>%1 record %2 (code %3): no hourly total &quot;t&quot;.</source>
        <translation>%1 레코드 %2(코드 %3): 시간대별 합계 &quot;t&quot;가 없습니다.</translation>
    </message>
    <message>
        <source>%1 record %2 (code %3), field %4: %5 values instead of %6.</source>
        <translation>%1 레코드 %2(코드 %3), 필드 %4: 값이 %6개가 아니라 %5개입니다.</translation>
    </message>
    <message>
        <source>%1 record %2 (code %3), field %4, hour %5: not a number.</source>
        <translation>%1 레코드 %2(코드 %3), 필드 %4, %5시: 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has no records.</source>
        <translation>%1에 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>%1: keys not imported: %2</source>
        <translation>%1: 가져오지 않은 키: %2</translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation>%1 레코드 %2</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2행</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No living-population file was given.</source>
        <translation>생활인구 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has a different format (%2) from %3 (%4); import them separately.</source>
        <translation>%1의 형식(%2)이 %3의 형식(%4)과 다릅니다. 따로 가져오십시오.</translation>
    </message>
    <message>
        <source>%1: unit %2 at %3 appears twice (first at %4).</source>
        <translation>%1: 단위 %2(%3)이(가) 두 번 나옵니다(처음 위치: %4).</translation>
    </message>
    <message>
        <source>%1 line %2, field %3: %4</source>
        <translation>%1 %2행, 필드 %3: %4</translation>
    </message>
    <message>
        <source>%1 has no key column &quot;%2&quot;; its columns are: %3</source>
        <translation>%1에 키 열 &quot;%2&quot;이(가) 없습니다. 열 목록: %3</translation>
    </message>
    <message>
        <source>%1 has no time column &quot;%2&quot;; its columns are: %3</source>
        <translation>%1에 시간 열 &quot;%2&quot;이(가) 없습니다. 열 목록: %3</translation>
    </message>
    <message>
        <source>%1 has no numeric columns to import besides the key; its columns are: %2</source>
        <translation>%1에는 키 말고 가져올 숫자 열이 없습니다. 열 목록: %2</translation>
    </message>
    <message>
        <source>%1: code columns not imported: %2</source>
        <translation>%1: 가져오지 않은 코드 열: %2</translation>
    </message>
    <message>
        <source>%1: text columns skipped: %2</source>
        <translation>%1: 건너뛴 텍스트 열: %2</translation>
    </message>
    <message>
        <source>%1: empty columns skipped: %2</source>
        <translation>%1: 건너뛴 빈 열: %2</translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation>코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year, date or quarter.</source>
        <translation>&quot;%1&quot;은(는) 연도, 날짜, 분기가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 but earlier rows hold %3 values.</source>
        <translation>&quot;%1&quot;은(는) %2인데 앞의 행들은 %3 값입니다.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is absent from %3 of %4 records; %5 is left missing there.</source>
        <translation>%1: 레코드 %4개 중 %3개에 &quot;%2&quot;이(가) 없습니다. 해당 레코드의 %5은(는) 결측으로 둡니다.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1을(를) 두 번 이상 지정했습니다.</translation>
    </message>
    <message>
        <source>%1 line %2: unit %3 appears twice (first at line %4).</source>
        <translation>%1 %2행: 단위 %3이(가) 두 번 나옵니다(처음: %4행).</translation>
    </message>
    <message>
        <source>%1 line %2: unit %3 at %4 appears twice (first at line %5).</source>
        <translation>%1 %2행: 단위 %3(%4)이(가) 두 번 나옵니다(처음: %5행).</translation>
    </message>
</context>
<context>
    <name>dosi::Report</name>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>Layers and their sources:</source>
        <translation>레이어와 출처:</translation>
    </message>
    <message>
        <source>(no source recorded)</source>
        <translation>(출처 기록 없음)</translation>
    </message>
    <message>
        <source>Produced with Dosi %1.</source>
        <translation>Dosi %1(으)로 작성했습니다.</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: the folder does not exist.</source>
        <translation>보고서 &quot;%1&quot;을(를) 쓸 수 없습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>보고서 작성을 취소했습니다.</translation>
    </message>
    <message>
        <source>Cannot build the map of &quot;%1&quot; for the report: %2</source>
        <translation>보고서에 넣을 &quot;%1&quot; 지도를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: %2</source>
        <translation>보고서 &quot;%1&quot;을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: the PDF could not be started.</source>
        <translation>보고서 &quot;%1&quot;을(를) 쓸 수 없습니다: PDF를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Data and attribution</source>
        <translation>자료 및 출처 표시</translation>
    </message>
    <message>
        <source>(unsaved project)</source>
        <translation>(저장하지 않은 프로젝트)</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>지역: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>프로젝트: %1</translation>
    </message>
    <message>
        <source>Map %1: %2</source>
        <translation>지도 %1: %2</translation>
    </message>
    <message>
        <source>Highest and lowest units: %1</source>
        <translation>값이 가장 높은 단위와 낮은 단위: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Classes: %1, colours: %2. Features: %3.</source>
        <translation>등급: %1, 색상: %2. 피처: %3개.</translation>
    </message>
    <message>
        <source>Cannot draw the map of &quot;%1&quot; for the report.</source>
        <translation>보고서에 넣을 &quot;%1&quot; 지도를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>10 highest</source>
        <translation>상위 10개</translation>
    </message>
    <message>
        <source>10 lowest</source>
        <translation>하위 10개</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;.</source>
        <translation>보고서 &quot;%1&quot;을(를) 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::ThematicMap</name>
    <message>
        <source>The project has no feature layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 피처 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Measure layer &quot;%1&quot; is not linked to a feature layer, so it cannot be drawn.</source>
        <translation>측정값 레이어 &quot;%1&quot;이(가) 피처 레이어와 연결되어 있지 않아 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no values for time &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 시간 &quot;%2&quot;의 값이 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no numeric field to map.</source>
        <translation>레이어 &quot;%1&quot;에 지도로 그릴 숫자 필드가 없습니다.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>Masked (≤3 people)</source>
        <translation>비공개(3명 이하)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>The image size must be positive.</source>
        <translation>이미지 크기는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>지도를 그릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::cli::CliContext</name>
    <message>
        <source>%1 (usage: %2)</source>
        <translation>%1 (사용법: %2)</translation>
    </message>
    <message>
        <source>dosi-cli: error: %1</source>
        <translation>dosi-cli: 오류: %1</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>The project has no feature layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 피처 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Warning: no feature layer has these unit codes; the layer is stored without a map layer.</source>
        <translation>경고: 이 단위 코드를 가진 피처 레이어가 없습니다. 지도 레이어 없이 저장합니다.</translation>
    </message>
    <message>
        <source>Join with layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;과(와) 결합: %2</translation>
    </message>
    <message>
        <source>import boundaries takes exactly one file.</source>
        <translation>import boundaries에는 파일을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>The project already has a layer named &quot;%1&quot; (use --append to add to it).</source>
        <translation>프로젝트에 이미 &quot;%1&quot; 레이어가 있습니다(추가하려면 --append를 쓰십시오).</translation>
    </message>
    <message>
        <source>%1: its fields (%2) differ from layer &quot;%3&quot; (%4).</source>
        <translation>%1: 필드(%2)가 레이어 &quot;%3&quot;의 필드(%4)와 다릅니다.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 feature(s) from %3 (%4 -&gt; EPSG:5179); %5 invalid geometries repaired, %6 empty skipped.</source>
        <translation>%3에서 피처 %2개 중 %1개를 가져왔습니다(%4 -&gt; EPSG:5179). 잘못된 도형 %5개를 고쳤고 빈 도형 %6개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Imported %1 record(s) as &quot;%2&quot; (%3); %4 masked value(s) kept as masked.</source>
        <translation>레코드 %1개를 &quot;%2&quot;(으)로 가져왔습니다(%3). 비공개 값 %4개는 비공개로 유지했습니다.</translation>
    </message>
    <message>
        <source>import needs a project, a kind and at least one file (usage: %1)</source>
        <translation>import에는 프로젝트, 종류, 파일이 하나 이상 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>import needs --name NAME.</source>
        <translation>import에는 --name NAME이 필요합니다.</translation>
    </message>
    <message>
        <source>The project already has a layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 이미 &quot;%1&quot; 레이어가 있습니다.</translation>
    </message>
    <message>
        <source>import table takes exactly one file.</source>
        <translation>import table에는 파일을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>import table needs --key COL.</source>
        <translation>import table에는 --key COL이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown import kind &quot;%1&quot; (boundaries, points, living-population, table).</source>
        <translation>알 수 없는 가져오기 종류 &quot;%1&quot;(boundaries, points, living-population, table).</translation>
    </message>
    <message>
        <source>dissolve needs a project, --layer, --by and --name (usage: %1)</source>
        <translation>dissolve에는 프로젝트, --layer, --by, --name이 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Dissolved %1 feature(s) of &quot;%2&quot; by %3 into %4 feature(s) as &quot;%5&quot;.</source>
        <translation>&quot;%2&quot;의 피처 %1개를 %3 기준으로 합쳐 피처 %4개의 &quot;%5&quot;(으)로 만들었습니다.</translation>
    </message>
    <message>
        <source>render needs a project, an output image and --layer (usage: %1)</source>
        <translation>render에는 프로젝트, 출력 이미지, --layer가 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080, not &quot;%1&quot;.</source>
        <translation>--size는 &quot;%1&quot;이(가) 아니라 1920x1080 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>export needs a project, a format and an output file (usage: %1)</source>
        <translation>export에는 프로젝트, 형식, 출력 파일이 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot; (pdf, geotiff).</source>
        <translation>알 수 없는 내보내기 형식 &quot;%1&quot;(pdf, geotiff).</translation>
    </message>
    <message>
        <source>export geotiff needs --layer.</source>
        <translation>export geotiff에는 --layer가 필요합니다.</translation>
    </message>
    <message>
        <source>--cell must be a positive number of metres.</source>
        <translation>--cell은 양수(미터)여야 합니다.</translation>
    </message>
    <message>
        <source>report needs a project and an output PDF.</source>
        <translation>report에는 프로젝트와 출력 PDF가 필요합니다.</translation>
    </message>
    <message>
        <source>new needs exactly one project file name.</source>
        <translation>new에는 프로젝트 파일 이름을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it).</source>
        <translation>%1이(가) 이미 있습니다(바꾸려면 --force를 쓰십시오).</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>info needs exactly one project file name.</source>
        <translation>info에는 프로젝트 파일 이름을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>피처 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (schema %3)</source>
        <translation>%1 — %2 (스키마 %3)</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>레이어:</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>실행 기록: %1</translation>
    </message>
    <message>
        <source>meta needs a project file and a key.</source>
        <translation>meta에는 프로젝트 파일과 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is managed by Dosi and cannot be set.</source>
        <translation>키 &quot;%1&quot;은(는) Dosi가 관리하므로 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Report: step %1 of %2</source>
        <translation>보고서: %2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>dosi::desktop</name>
    <message>
        <source>Dosi - GIS decision support</source>
        <translation>Dosi - GIS 의사결정 지원</translation>
    </message>
    <message>
        <source>A Dosi project (.dosi) to open.</source>
        <translation>열 Dosi 프로젝트(.dosi).</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::LayerPanel</name>
    <message>
        <source>boundaries</source>
        <translation>경계</translation>
    </message>
    <message>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <source>thematic</source>
        <translation>주제도</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Thematic layer drawn on %1; %n record(s)</source>
        <translation>
            <numerusform>%1 위에 그리는 주제도 레이어, 레코드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s)</source>
        <translation>
            <numerusform>피처 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the layer up (drawn later)</source>
        <translation>레이어를 위로 이동(나중에 그림)</translation>
    </message>
    <message>
        <source>Move the layer down (drawn earlier)</source>
        <translation>레이어를 아래로 이동(먼저 그림)</translation>
    </message>
    <message>
        <source>Top of the list is drawn on top. Drag layers to reorder them.</source>
        <translation>목록 맨 위의 레이어가 가장 위에 그려집니다. 끌어서 순서를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Not shown: one thematic layer is drawn at a time. Select or check it to show it.</source>
        <translation>표시되지 않음: 주제도 레이어는 한 번에 하나만 그립니다. 선택하거나 체크하면 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::MainWindow</name>
    <message>
        <source>Cannot create a project</source>
        <translation>프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>Create an empty project</source>
        <translation>빈 프로젝트를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a Dosi project</source>
        <translation>Dosi 프로젝트를 엽니다</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>레이어에 맞춤(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Full Extent</source>
        <translation>전체 범위(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Dosi</source>
        <translation>Dosi 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Thematic Map</source>
        <translation>주제도</translation>
    </message>
    <message>
        <source>File Toolbar</source>
        <translation>파일 도구 모음</translation>
    </message>
    <message>
        <source>Map Toolbar</source>
        <translation>지도 도구 모음</translation>
    </message>
    <message>
        <source>Coordinates under the cursor (Korea 2000 / Unified CS)</source>
        <translation>커서 위치의 좌표(Korea 2000 / Unified CS, UTM-K)</translation>
    </message>
    <message>
        <source>%1[*] — Dosi</source>
        <translation>%1[*] — Dosi</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>프로젝트를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>프로젝트 &quot;%1&quot;에 저장하지 않은 변경 사항이 있습니다. 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>저장 안 함(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Dosi projects (*.dosi);;All files (*)</source>
        <translation>Dosi 프로젝트 (*.dosi);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>다른 이름으로 프로젝트 저장</translation>
    </message>
    <message>
        <source>Dosi projects (*.dosi)</source>
        <translation>Dosi 프로젝트 (*.dosi)</translation>
    </message>
    <message>
        <source>Cannot change the layer</source>
        <translation>레이어를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot change the layer order</source>
        <translation>레이어 순서를 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>About Dosi</source>
        <translation>Dosi 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dosi %1&lt;/h3&gt;&lt;p&gt;GIS decision support for city governments: living population, urban regeneration and facility location.&lt;/p&gt;&lt;p&gt;Data shown in Dosi keeps its own licence. Administrative boundaries: Statistics Korea SGIS (KOGL Type 1), processed by vuski/admdongkor (CC BY 4.0). Living population: Seoul Open Data Plaza.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dosi %1&lt;/h3&gt;&lt;p&gt;지방자치단체를 위한 GIS 의사결정 지원 도구: 생활인구, 도시재생, 시설 입지.&lt;/p&gt;&lt;p&gt;Dosi에 표시되는 자료는 각 자료의 이용 조건을 따릅니다. 행정동 경계: 통계청 통계지리정보서비스(SGIS, 공공누리 제1유형), vuski/admdongkor 가공(CC BY 4.0). 생활인구: 서울 열린데이터광장.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom to Layer</source>
        <translation>레이어에 맞춤</translation>
    </message>
    <message>
        <source>Full Extent</source>
        <translation>전체 범위</translation>
    </message>
    <message>
        <source>Open a project (File → Open…) or drop a .dosi file here.</source>
        <translation>프로젝트를 여십시오(파일 → 열기…). .dosi 파일을 여기에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::MapCanvas</name>
    <message>
        <source>E %1 N %2 (EPSG:%3)</source>
        <translation>E %1 N %2 (EPSG:%3)</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ProjectSession</name>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>The project has no file name yet; use Save As.</source>
        <translation>프로젝트에 아직 파일 이름이 없습니다. 다른 이름으로 저장을 사용하십시오.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>The interface switches language at once. &quot;System default&quot; follows the language of the operating system.</source>
        <translation>화면 언어가 즉시 바뀝니다. &quot;시스템 기본값&quot;은 운영체제의 언어를 따릅니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ThematicPanel</name>
    <message>
        <source>No time axis</source>
        <translation>시간 축 없음</translation>
    </message>
    <message>
        <source>%1  (%2 of %3)</source>
        <translation>%1  (%3개 중 %2번째)</translation>
    </message>
    <message>
        <source>Quantile</source>
        <translation>분위수</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>등간격</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>자연 구분(Jenks)</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>등급 수</translation>
    </message>
    <message>
        <source>Previous time</source>
        <translation>이전 시간</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>다음 시간</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>레이어:</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>필드:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>등급:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>시간:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play through the times</source>
        <translation>시간 순서대로 재생</translation>
    </message>
</context>
<context>
    <name>dosi::gis::CoordinateTransform</name>
    <message>
        <source>A coordinate reference system is missing.</source>
        <translation>좌표계가 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not start the PROJ library.</source>
        <translation>PROJ 라이브러리를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot transform coordinates from %1 to %2: %3</source>
        <translation>좌표를 %1에서 %2(으)로 변환할 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Cannot transform coordinates from %1 to %2.</source>
        <translation>좌표를 %1에서 %2(으)로 변환할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::Dissolve</name>
    <message>
        <source>Layer %1 has no field &quot;%2&quot;. Available fields: %3.</source>
        <translation>레이어 %1에 필드 &quot;%2&quot;이(가) 없습니다. 사용할 수 있는 필드: %3.</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2 has no value in field &quot;%3&quot;.</source>
        <translation>레이어 %2의 피처 %1에 필드 &quot;%3&quot; 값이 없습니다.</translation>
    </message>
    <message>
        <source>Layer %1 has no features to dissolve.</source>
        <translation>레이어 %1에 합칠 피처가 없습니다.</translation>
    </message>
    <message>
        <source>Feature %1 of layer %2 has an unreadable geometry.</source>
        <translation>레이어 %2의 피처 %1의 도형을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Dissolving layer %1: group %2 failed. %3</source>
        <translation>레이어 %1 합치기: 그룹 %2에서 실패했습니다. %3</translation>
    </message>
</context>
<context>
    <name>dosi::gis::GeosOps</name>
    <message>
        <source>A geometry could not be read for the union: %1</source>
        <translation>합집합을 위한 도형을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The union failed: %1</source>
        <translation>합집합 계산에 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>dosi::gis::RasterExport</name>
    <message>
        <source>Cannot write the GeoTIFF %1: %2</source>
        <translation>GeoTIFF %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the cell size must be a positive number.</source>
        <translation>셀 크기는 양수여야 합니다.</translation>
    </message>
    <message>
        <source>there are no bands to write.</source>
        <translation>쓸 밴드가 없습니다.</translation>
    </message>
    <message>
        <source>band %1 has %2 values for %3 geometries.</source>
        <translation>밴드 %1에 도형 %3개에 대한 값이 %2개 있습니다.</translation>
    </message>
    <message>
        <source>there is no polygon to rasterise.</source>
        <translation>래스터로 변환할 폴리곤이 없습니다.</translation>
    </message>
    <message>
        <source>%1 x %2 cells is too large; use a bigger cell size.</source>
        <translation>%1 x %2 셀은 너무 큽니다. 셀 크기를 키우십시오.</translation>
    </message>
    <message>
        <source>geometry %1 cannot be read.</source>
        <translation>도형 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>the GDAL GeoTIFF driver is not available.</source>
        <translation>GDAL GeoTIFF 드라이버를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>the file could not be created.</source>
        <translation>파일을 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::VectorImport</name>
    <message>
        <source>Further warnings were left out.</source>
        <translation>이후 경고는 생략했습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1을(를) 열 수 없습니다: 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is always UTF-8; the encoding %2 was ignored.</source>
        <translation>%1은(는) 항상 UTF-8이므로 인코딩 %2은(는) 무시했습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: the text encoding %2 is not supported.</source>
        <translation>%1을(를) 읽을 수 없습니다: 텍스트 인코딩 %2은(는) 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a vector data source GDAL can read.</source>
        <translation>%1을(를) 열 수 없습니다: GDAL이 읽을 수 있는 벡터 자료가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open %1 as a vector data source: %2</source>
        <translation>%1을(를) 벡터 자료로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 contains no vector layers.</source>
        <translation>%1에 벡터 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;. Available layers: %3.</source>
        <translation>%1에 레이어 &quot;%2&quot;이(가) 없습니다. 사용할 수 있는 레이어: %3.</translation>
    </message>
    <message>
        <source>%1 has no .cpg file; if names look garbled, give the text encoding (e.g. CP949).</source>
        <translation>%1에 .cpg 파일이 없습니다. 이름이 깨져 보이면 텍스트 인코딩(예: CP949)을 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 has no code field &quot;%2&quot;. Available fields: %3.</source>
        <translation>%1에 코드 필드 &quot;%2&quot;이(가) 없습니다. 사용할 수 있는 필드: %3.</translation>
    </message>
    <message>
        <source>No code field could be detected in %1. Name one of its fields: %2.</source>
        <translation>%1에서 코드 필드를 찾지 못했습니다. 다음 필드 중 하나를 지정하십시오: %2.</translation>
    </message>
    <message>
        <source>%1 has no label field &quot;%2&quot;. Available fields: %3.</source>
        <translation>%1에 이름 필드 &quot;%2&quot;이(가) 없습니다. 사용할 수 있는 필드: %3.</translation>
    </message>
    <message>
        <source>Cannot import %1: the coordinate reference system &quot;%2&quot; is not recognised.</source>
        <translation>%1을(를) 가져올 수 없습니다: 좌표계 &quot;%2&quot;을(를) 인식하지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system; give one (e.g. EPSG:4326).</source>
        <translation>%1에 좌표계가 없습니다. 좌표계를 지정하십시오(예: EPSG:4326).</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>%1 가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Feature %1 in %2 has an empty code in field &quot;%3&quot;.</source>
        <translation>%2의 피처 %1에서 필드 &quot;%3&quot;의 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Features %1 and %2 share the code %3.</source>
        <translation>피처 %1과(와) %2의 코드가 %3(으)로 같습니다.</translation>
    </message>
    <message>
        <source>Feature %1 (code %2) has no geometry; skipped.</source>
        <translation>피처 %1(코드 %2)에 도형이 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Feature %1 (code %2) in %3 cannot be transformed from %4 to EPSG:5179.</source>
        <translation>%3의 피처 %1(코드 %2)을(를) %4에서 EPSG:5179로 변환할 수 없습니다.</translation>
    </message>
    <message>
        <source>Feature %1 (code %2): invalid geometry repaired (%3).</source>
        <translation>피처 %1(코드 %2): 잘못된 도형을 고쳤습니다(%3).</translation>
    </message>
    <message>
        <source>Feature %1 (code %2) has no area after repair; skipped.</source>
        <translation>피처 %1(코드 %2)은(는) 고친 뒤 면적이 없어 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Feature %1 (code %2) is not a polygon.</source>
        <translation>피처 %1(코드 %2)은(는) 폴리곤이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
</TS>
