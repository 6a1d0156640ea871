<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>BasemapTr</name>
    <message>
        <source>The background map %1 does not exist.</source>
        <translation>배경지도 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a raster image GDAL can read (GeoTIFF, MBTiles, VRT, …).</source>
        <translation>%1은(는) GDAL이 읽을 수 있는 래스터 이미지(GeoTIFF, MBTiles, VRT, …)가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 is not a raster image GDAL can read (GeoTIFF, MBTiles, VRT, …): %2</source>
        <translation>%1은(는) GDAL이 읽을 수 있는 래스터 이미지(GeoTIFF, MBTiles, VRT, …)가 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 is not georeferenced, so it cannot be placed under the map.</source>
        <translation>%1에 지리참조 정보가 없어 지도 아래에 배치할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system, so it cannot be reprojected.</source>
        <translation>%1에 좌표계 정보가 없어 좌표 변환(재투영)을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the colours of %1: %2</source>
        <translation>%1의 색상을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot draw the background map %1: %2</source>
        <translation>배경지도 %1을(를) 그릴 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DbTr</name>
    <message>
        <source>Unknown aggregate &quot;%1&quot; (sum, avg, min, max, count).</source>
        <translation>알 수 없는 집계 함수 &quot;%1&quot;입니다(sum, avg, min, max, count 중 하나를 쓰십시오).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid table name.</source>
        <translation>&quot;%1&quot;은(는) 올바른 테이블 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid column name.</source>
        <translation>&quot;%1&quot;은(는) 올바른 열 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has no table &quot;%2&quot;.</source>
        <translation>%1에 테이블 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; in %2 has no column &quot;%3&quot;.</source>
        <translation>%2의 테이블 &quot;%1&quot;에 열 &quot;%3&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; in %2 has no numeric column to import.</source>
        <translation>%2의 테이블 &quot;%1&quot;에 가져올 숫자 열이 없습니다.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; of table &quot;%2&quot; is not numeric.</source>
        <translation>테이블 &quot;%2&quot;의 열 &quot;%1&quot;은(는) 숫자 열이 아닙니다.</translation>
    </message>
    <message>
        <source>The database query on %1 failed: %2</source>
        <translation>%1의 데이터베이스 쿼리에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>%1 of %2 in %3 (aggregated in the database)</source>
        <translation>%3의 %2 %1(데이터베이스에서 집계)</translation>
    </message>
    <message>
        <source>%1: rows with an empty unit code were skipped.</source>
        <translation>%1: 단위 코드가 비어 있는 행은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot;: unit %2 and time %3 appear twice after normalising the codes.</source>
        <translation>테이블 &quot;%1&quot;: 코드를 정규화하고 나니 단위 %2, 시간 %3이(가) 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>%1: the time values (e.g. &quot;%2&quot;) are not in a known format.</source>
        <translation>%1: 시간 값(예: &quot;%2&quot;)이 알려진 형식이 아닙니다.</translation>
    </message>
</context>
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
    <message>
        <source>the values of table &quot;%1&quot; are damaged</source>
        <translation>테이블 &quot;%1&quot;의 값이 손상되었습니다</translation>
    </message>
    <message>
        <source>a measure layer needs at least one field</source>
        <translation>측정값 레이어에는 필드가 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>the table has %1 units but %2 times</source>
        <translation>테이블의 단위는 %1개인데 시간은 %2개입니다</translation>
    </message>
    <message>
        <source>the table&apos;s columns differ in length</source>
        <translation>테이블의 열 길이가 서로 다릅니다</translation>
    </message>
    <message>
        <source>unit %1, time %2 appears twice</source>
        <translation>단위 %1, 시간 %2이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>No unit was given for layer &quot;%1&quot;.</source>
        <translation>레이어 &quot;%1&quot;의 단위를 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: the file ends before its last page.</source>
        <translation>%1이(가) 손상되었거나 잘렸습니다: 마지막 페이지 전에 파일이 끝납니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: cannot copy it to %2.</source>
        <translation>%1을(를) 열 수 없습니다: %2(으)로 복사할 수 없습니다.</translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation>프로젝트가 닫혔습니다.</translation>
    </message>
    <message>
        <source>A bookmark needs a name.</source>
        <translation>북마크에 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Cannot store bookmark &quot;%1&quot;</source>
        <translation>북마크 &quot;%1&quot;을(를) 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot remove bookmark &quot;%1&quot;</source>
        <translation>북마크 &quot;%1&quot;을(를) 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>The project has no bookmark named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 북마크가 없습니다.</translation>
    </message>
    <message>
        <source>A bookmark named &quot;%1&quot; already exists.</source>
        <translation>이미 &quot;%1&quot;(이)라는 북마크가 있습니다.</translation>
    </message>
    <message>
        <source>Cannot rename bookmark &quot;%1&quot;</source>
        <translation>북마크 &quot;%1&quot;의 이름을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>%1 was opened read-only: it cannot be saved.</source>
        <translation>%1은(는) 읽기 전용으로 열려 있어 저장할 수 없습니다.</translation>
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
        <source>%1 line %2, column %3: not valid UTF-8 text (byte 0x%4); if the file is CP949 (EUC-KR), give that encoding.</source>
        <translation>%1 %2행, %3열: 올바른 UTF-8 텍스트가 아닙니다(바이트 0x%4). 파일이 CP949(EUC-KR)이면 그 인코딩을 지정하십시오.</translation>
    </message>
    <message>
        <source>%1 is a ZIP archive (or an Excel .xlsx workbook), not a CSV text file; extract it and import the CSV file inside.</source>
        <translation>%1은(는) CSV 텍스트 파일이 아니라 ZIP 압축 파일(또는 Excel .xlsx 통합 문서)입니다. 압축을 풀고 안에 있는 CSV 파일을 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: a quoted field is not closed (is the file cut off?).</source>
        <translation>%1 %2행, %3열: 따옴표로 묶인 필드가 닫히지 않았습니다(파일이 잘렸습니까?).</translation>
    </message>
</context>
<context>
    <name>dosi::DerivedMeasures</name>
    <message>
        <source>&quot;%1&quot; is not a derived measure; known: %2.</source>
        <translation>&quot;%1&quot;은(는) 파생 지표가 아닙니다. 사용할 수 있는 지표: %2.</translation>
    </message>
    <message>
        <source>Cannot derive %1: the layer has no documented age bands (its age_band_1..6 are not defined by the source); only total, male and female are available.</source>
        <translation>%1을(를) 산출할 수 없습니다: 레이어에 정의가 문서화된 연령대가 없습니다(원자료가 age_band_1..6의 구간을 정의하지 않음). total, male, female만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot derive %1: the layer lacks the field(s) %2.</source>
        <translation>%1을(를) 산출할 수 없습니다: 레이어에 필드 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>extinction_risk: %1 row(s) have no people aged 65+ and are left missing.</source>
        <translation>extinction_risk: 65세 이상 인구가 없는 %1개 행은 결측으로 둡니다.</translation>
    </message>
    <message>
        <source>total_bands differs from the published total by up to %1 (unit %2 at %3); the published parts need not sum to the total.</source>
        <translation>total_bands는 공표된 합계와 최대 %1만큼 다릅니다(단위 %2, %3). 공표된 세부 값의 합은 합계와 일치하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <source>total_bands equals the published total wherever both are known.</source>
        <translation>두 값이 모두 있는 곳에서는 total_bands가 공표된 합계와 같습니다.</translation>
    </message>
    <message>
        <source>The layer has no published total; total is the sum of the 28 age/sex bands.</source>
        <translation>레이어에 공표된 합계가 없으므로 total은 성별·연령대 28개 구간의 합입니다.</translation>
    </message>
    <message>
        <source>total_bands differs from the published total by up to %1 (unit %2); the published parts need not sum to the total.</source>
        <translation>total_bands는 공표된 합계와 최대 %1만큼 다릅니다(단위 %2). 공표된 세부 값의 합은 합계와 일치하지 않을 수 있습니다.</translation>
    </message>
    <message>
        <source>Total population</source>
        <translation>총인구</translation>
    </message>
    <message>
        <source>Sum of the 28 age/sex bands</source>
        <translation>성별·연령대 28개 구간의 합</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Age 0-14</source>
        <translation>0~14세</translation>
    </message>
    <message>
        <source>Age 15-64</source>
        <translation>15~64세</translation>
    </message>
    <message>
        <source>Age 65 and over</source>
        <translation>65세 이상</translation>
    </message>
    <message>
        <source>Extinction risk index (소멸위험지수)</source>
        <translation>소멸위험지수</translation>
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
        <source>Layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No measure to derive; known: %1.</source>
        <translation>산출할 지표가 없습니다. 사용할 수 있는 지표: %1.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no hourly or daily time keys to aggregate by %2.</source>
        <translation>레이어 &quot;%1&quot;에 %2 기준으로 집계할 시간대별 또는 일별 시간 키가 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::FlowMap</name>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; is not an origin–destination (movement) layer.</source>
        <translation>레이어 &quot;%1&quot;은(는) 출발지–도착지(OD, 생활이동) 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>OD layer &quot;%1&quot; is not linked to a zone layer, so its flows cannot be placed.</source>
        <translation>OD 레이어 &quot;%1&quot;이(가) 존 레이어와 연결되어 있지 않아 흐름을 지도에 배치할 수 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot; (fields: %3).</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다(있는 필드: %3).</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no time axis, so time &quot;%2&quot; cannot be chosen.</source>
        <translation>레이어 &quot;%1&quot;에 시간 축이 없어 시간 &quot;%2&quot;을(를) 선택할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The number of flows to show must be 0 (all) or more, not %1.</source>
        <translation>표시할 흐름 수는 %1이(가) 아니라 0(전체) 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The minimum volume must be a number of 0 or more.</source>
        <translation>최소 통행량은 0 이상의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
    <message>
        <source>Estimated (gravity model), not observed</source>
        <translation>추정값(중력모형), 관측값 아님</translation>
    </message>
    <message>
        <source>All %1 flows between zones</source>
        <translation>존 간 흐름 전체 %1개</translation>
    </message>
    <message>
        <source>%1 largest of %2 flows between zones · %3 % of the volume</source>
        <translation>존 간 흐름 %2개 중 상위 %1개 · 전체 통행량의 %3 %</translation>
    </message>
    <message>
        <source>Net inflow (in − out) · %1</source>
        <translation>순유입(유입 − 유출) · %1</translation>
    </message>
    <message>
        <source>The image size must be positive.</source>
        <translation>이미지 크기는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>All times</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>지도를 그릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::Gravity</name>
    <message>
        <source>The gravity model needs at least two zones.</source>
        <translation>중력 모형에는 존이 두 개 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Zone %1 has a negative or unknown production or attraction.</source>
        <translation>존 %1의 발생량 또는 유인량이 음수이거나 알 수 없습니다.</translation>
    </message>
    <message>
        <source>The zones have no productions.</source>
        <translation>존에 발생량이 없습니다.</translation>
    </message>
    <message>
        <source>Productions (%1) and attractions (%2) must have the same total.</source>
        <translation>발생량 합계(%1)와 유인량 합계(%2)가 같아야 합니다.</translation>
    </message>
    <message>
        <source>None of the observed flows joins two of the model&apos;s zones with a known count, so beta cannot be fitted to them.</source>
        <translation>관측 통행량 가운데 모형의 두 존을 잇고 인원 수가 알려진 것이 없어 beta를 추정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The gravity model did not balance (beta %1): after %2 iterations the largest relative error of the row and column sums is %3.</source>
        <translation>중력 모형이 균형을 이루지 못했습니다(beta %1): %2회 반복한 뒤에도 행·열 합계의 최대 상대 오차가 %3입니다.</translation>
    </message>
    <message>
        <source>A mean trip length of %1 km is too long for these zones: without any distance decay it is %2 km.</source>
        <translation>평균 통행 거리 %1 km는 이 존들에 비해 너무 깁니다: 거리 조락이 전혀 없어도 %2 km입니다.</translation>
    </message>
    <message>
        <source>A mean trip length of %1 km is too short for these zones: even a steep decay gives %2 km.</source>
        <translation>평균 통행 거리 %1 km는 이 존들에 비해 너무 짧습니다: 거리 조락을 가파르게 해도 %2 km입니다.</translation>
    </message>
    <message>
        <source>The distance decay could not be fitted: after %1 steps the mean trip length is %2 km instead of %3 km.</source>
        <translation>거리 조락을 추정하지 못했습니다: %1단계 뒤에도 평균 통행 거리가 %3 km가 아니라 %2 km입니다.</translation>
    </message>
    <message>
        <source>Estimated by a doubly-constrained gravity model (not measured)</source>
        <translation>이중 제약 중력 모형으로 추정한 값(실측값 아님)</translation>
    </message>
    <message>
        <source>The population layer has no field &quot;%1&quot; (it has: %2).</source>
        <translation>인구 레이어에 필드 &quot;%1&quot;이(가) 없습니다(있는 필드: %2).</translation>
    </message>
    <message>
        <source>The population layer has no unit with known values at night (03-05 h) and on weekday afternoons (13-15 h) in the chosen days.</source>
        <translation>인구 레이어에 선택한 날짜의 야간(03-05시) 값과 평일 오후(13-15시) 값이 모두 있는 단위가 없습니다.</translation>
    </message>
    <message>
        <source>Fewer than two population units match a zone of layer &quot;%1&quot;.</source>
        <translation>레이어 &quot;%1&quot;의 존과 일치하는 인구 단위가 두 개 미만입니다.</translation>
    </message>
    <message>
        <source>The daytime population of the matched zones is zero.</source>
        <translation>일치한 존의 주간 인구가 0입니다.</translation>
    </message>
    <message>
        <source>%1 population unit(s) have no zone geometry and are left out: %2</source>
        <translation>인구 단위 %1개는 존 도형이 없어 제외했습니다: %2</translation>
    </message>
    <message>
        <source>%1 population unit(s) lack night or weekday-afternoon values and are left out: %2</source>
        <translation>인구 단위 %1개는 야간 또는 평일 오후 값이 없어 제외했습니다: %2</translation>
    </message>
    <message>
        <source>home-to-work flow (people). %1.</source>
        <translation>집–직장 통행량(명). %1.</translation>
    </message>
    <message>
        <source>straight-line distance between zone centroids (km)</source>
        <translation>존 중심점 사이의 직선거리(km)</translation>
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
    <name>dosi::LayerFeatures</name>
    <message>
        <source>Layer &quot;%1&quot; has no polygons to interpolate over.</source>
        <translation>레이어 &quot;%1&quot;에 보간할 폴리곤이 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::LayerSummary</name>
    <message>
        <source>Layer &quot;%1&quot; has no code field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 코드 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 features, %2 distinct codes.</source>
        <translation>피처 %1개, 서로 다른 코드 %2개.</translation>
    </message>
    <message>
        <source>%1 units, %2 times (%3 … %4), %5 records of %6 fields; %7 % masked, %8 % missing.</source>
        <translation>단위 %1개, 시점 %2개(%3 … %4), 필드 %6개의 레코드 %5개. 비공개 %7 %, 결측 %8 %.</translation>
    </message>
    <message>
        <source>Join with &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;과(와) 결합: %2</translation>
    </message>
    <message>
        <source>Not joined to a map layer.</source>
        <translation>지도 레이어와 결합되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; refers to the map layer &quot;%2&quot;, which the project does not have.</source>
        <translation>레이어 &quot;%1&quot;이(가) 지도 레이어 &quot;%2&quot;을(를) 가리키지만 프로젝트에 그 레이어가 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::MapSymbols</name>
    <message>
        <source>Symbol size</source>
        <translation>기호 크기</translation>
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
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>dosi::OdImport</name>
    <message>
        <source>%1 line %2, column %3: %4</source>
        <translation>%1 %2행, %3열: %4</translation>
    </message>
    <message>
        <source>%1 line 1: column &quot;%2&quot; is missing (Seoul movement OA-22300 schema); its columns are: %3</source>
        <translation>%1 1행: 열 &quot;%2&quot;이(가) 없습니다(서울 생활이동 OA-22300 스키마). 열 목록: %3</translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields as in the header, found %4.</source>
        <translation>%1 %2행: 머리글처럼 필드 %3개가 있어야 하는데 %4개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2: the record repeats line %3 exactly (duplicate row).</source>
        <translation>%1 %2행: 레코드가 %3행과 똑같습니다(중복 행).</translation>
    </message>
    <message>
        <source>the origin code is empty.</source>
        <translation>출발지 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>the destination code is empty.</source>
        <translation>도착지 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time code (HH or HHMM, hour 00-23).</source>
        <translation>&quot;%1&quot;은(는) 시간 코드(HH 또는 HHMM, 시 00-23)가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYYMMDD).</source>
        <translation>&quot;%1&quot;은(는) 날짜(YYYYMMDD)가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a movement purpose code (1-7).</source>
        <translation>&quot;%1&quot;은(는) 이동 목적 코드(1-7)가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count (a number &gt;= 0 or * for masked).</source>
        <translation>&quot;%1&quot;은(는) 인원 수(0 이상의 숫자 또는 비공개를 뜻하는 *)가 아닙니다.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1에 머리글은 있지만 자료 행이 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 move_dist/move_time values were not numbers and are left out of the mean distance and time.</source>
        <translation>%1: move_dist/move_time 값 %2개가 숫자가 아니어서 평균 거리와 평균 시간 계산에서 제외했습니다.</translation>
    </message>
    <message>
        <source>No movement file given.</source>
        <translation>생활이동 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 is given twice.</source>
        <translation>%1을(를) 두 번 지정했습니다.</translation>
    </message>
    <message>
        <source>commute (출근)</source>
        <translation>출근</translation>
    </message>
    <message>
        <source>school (등교)</source>
        <translation>등교</translation>
    </message>
    <message>
        <source>home (귀가)</source>
        <translation>귀가</translation>
    </message>
    <message>
        <source>shopping (쇼핑)</source>
        <translation>쇼핑</translation>
    </message>
    <message>
        <source>tourism (관광)</source>
        <translation>관광</translation>
    </message>
    <message>
        <source>hospital (병원)</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>other (기타)</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>movers, all purposes (cnt; masked parts left out, see masked)</source>
        <translation>전체 목적 이동 인구(cnt, 비공개 부분은 제외, masked 참조)</translation>
    </message>
    <message>
        <source>movers with purpose %1</source>
        <translation>%1 목적 이동 인구</translation>
    </message>
    <message>
        <source>records with a masked count (*) not included in the sums</source>
        <translation>인원 수가 비공개(*)여서 합계에 넣지 않은 레코드 수</translation>
    </message>
    <message>
        <source>mean movement distance in metres (move_dist, weighted by cnt)</source>
        <translation>평균 이동 거리(m, move_dist를 cnt로 가중 평균)</translation>
    </message>
    <message>
        <source>mean movement time in minutes (move_time, weighted by cnt)</source>
        <translation>평균 이동 시간(분, move_time을 cnt로 가중 평균)</translation>
    </message>
    <message>
        <source>%1 record(s) had a masked count (*): each OD cell holds the sum of its known records and counts the masked ones in &quot;masked&quot;; %2 cell(s) are entirely masked.</source>
        <translation>레코드 %1개의 인원 수가 비공개(*)였습니다. 각 OD 셀에는 알려진 레코드의 합을 넣고 비공개 레코드 수는 &quot;masked&quot;에 셉니다. 셀 %2개는 전부 비공개입니다.</translation>
    </message>
    <message>
        <source>%1 line 1: column &quot;%2&quot; is missing; its columns are: %3</source>
        <translation>%1 1행: 열 &quot;%2&quot;이(가) 없습니다. 열 목록: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period (YYYYMM month, date, year, quarter or date and hour).</source>
        <translation>&quot;%1&quot;은(는) 기간(YYYYMM 형식의 월, 날짜, 연도, 분기 또는 날짜와 시간)이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 but earlier rows hold %3 values.</source>
        <translation>&quot;%1&quot;은(는) %2인데 앞의 행들은 %3 값입니다.</translation>
    </message>
    <message>
        <source>%1 (masked parts left out, see masked)</source>
        <translation>%1 (비공개 부분은 제외, masked 참조)</translation>
    </message>
    <message>
        <source>records with a masked count (*) not included in count</source>
        <translation>인원 수가 비공개(*)여서 count에 넣지 않은 레코드 수</translation>
    </message>
    <message>
        <source>%1: %2 rows were summed into %3 (origin, destination, period) cells.</source>
        <translation>%1: 행 %2개를 (출발지, 도착지, 기간) 셀 %3개로 합산했습니다.</translation>
    </message>
    <message>
        <source>%1: months are stored as the day key of their first day (YYYY-MM-01).</source>
        <translation>%1: 월은 그달 첫날의 날짜 키(YYYY-MM-01)로 저장합니다.</translation>
    </message>
    <message>
        <source>%1 of %2 zones in the boundaries</source>
        <translation>존 %2개 중 %1개가 경계 안에 있음</translation>
    </message>
    <message>
        <source>; %1 outside (%2 OD rows): %3</source>
        <translation>; %1개는 경계 밖(OD 행 %2개): %3</translation>
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
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
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
    <message>
        <source>import table from a database needs --source-layer TABLE.</source>
        <translation>데이터베이스에서 import table을 하려면 --source-layer TABLE이 필요합니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no numeric field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 숫자 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>grid needs a project, --over and --name (usage: %1)</source>
        <translation>grid에는 프로젝트, --over, --name이 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>--cell must be a number of metres, not &quot;%1&quot;.</source>
        <translation>--cell에는 &quot;%1&quot;이(가) 아니라 미터 단위 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Laid %1 national grid cell(s) of %2 m over &quot;%3&quot; as &quot;%4&quot;.</source>
        <translation>&quot;%3&quot; 위에 %2 m 국가격자 셀 %1개를 &quot;%4&quot;(으)로 만들었습니다.</translation>
    </message>
    <message>
        <source>interpolate needs a project, --from and --to (usage: %1)</source>
        <translation>interpolate에는 프로젝트, --from, --to가 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>--mode must be extensive or intensive, not &quot;%1&quot;.</source>
        <translation>--mode에는 &quot;%1&quot;이(가) 아니라 extensive 또는 intensive를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--from must name a layer and a field as LAYER.FIELD, not &quot;%1&quot;.</source>
        <translation>--from에는 &quot;%1&quot;이(가) 아니라 LAYER.FIELD 형식으로 레이어와 필드를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Measure layer &quot;%1&quot; is not attached to a map layer, so it has no areas to interpolate.</source>
        <translation>측정값 레이어 &quot;%1&quot;이(가) 지도 레이어와 연결되어 있지 않아 보간할 영역이 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no values of &quot;%2&quot; at time &quot;%3&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 시간 &quot;%3&quot;의 &quot;%2&quot; 값이 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no values of &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 &quot;%2&quot; 값이 없습니다.</translation>
    </message>
    <message>
        <source>No unit of layer &quot;%1&quot; has a value in &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;의 어느 단위에도 &quot;%2&quot; 값이 없습니다.</translation>
    </message>
    <message>
        <source>%1 polygon(s) of &quot;%2&quot; have no record in &quot;%3&quot; and are left out.</source>
        <translation>&quot;%2&quot;의 폴리곤 %1개는 &quot;%3&quot;에 레코드가 없어 제외했습니다.</translation>
    </message>
    <message>
        <source>Layers &quot;%1&quot; and &quot;%2&quot; do not overlap.</source>
        <translation>레이어 &quot;%1&quot;과(와) &quot;%2&quot;이(가) 겹치지 않습니다.</translation>
    </message>
    <message>
        <source>%1 of %2.%3, area-weighted onto %4</source>
        <translation>%2.%3의 %1 값을 %4에 면적 가중 보간한 값</translation>
    </message>
    <message>
        <source>Interpolated %1.%2 (%3) from %4 to %5 unit(s) of &quot;%6&quot; as &quot;%7&quot;: %8 record(s); total %9 -&gt; %10.</source>
        <translation>%1.%2(%3)을(를) 단위 %4개에서 &quot;%6&quot;의 단위 %5개로 보간하여 &quot;%7&quot;(으)로 저장했습니다: 레코드 %8개, 합계 %9 -&gt; %10.</translation>
    </message>
    <message>
        <source>Unknown import kind &quot;%1&quot; (boundaries, points, living-population, table, movement, sales).</source>
        <translation>알 수 없는 가져오기 종류 &quot;%1&quot;입니다(boundaries, points, living-population, table, movement, sales 중 하나).</translation>
    </message>
    <message>
        <source>Warning: no feature layer has these zone codes; the OD layer is stored without zones.</source>
        <translation>경고: 이 존 코드를 가진 피처 레이어가 없습니다. OD 레이어를 존 없이 저장합니다.</translation>
    </message>
    <message>
        <source>Zones of layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;의 존: %2</translation>
    </message>
    <message>
        <source>import movement needs at least one file.</source>
        <translation>import movement에는 파일을 하나 이상 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is not a Seoul movement (OA-22300) file; a generic OD table is imported one file at a time.</source>
        <translation>%1은(는) 서울 생활이동(OA-22300) 파일이 아닙니다. 일반 OD 표는 한 번에 파일 하나씩 가져옵니다.</translation>
    </message>
    <message>
        <source>%1 is not a Seoul movement (OA-22300) file; for another OD table give --origin COL --dest COL --count COL [--period COL] (its columns are: %2).</source>
        <translation>%1은(는) 서울 생활이동(OA-22300) 파일이 아닙니다. 다른 OD 표는 --origin COL --dest COL --count COL [--period COL]을 지정하십시오(열 목록: %2).</translation>
    </message>
    <message>
        <source>movers arriving from other zones</source>
        <translation>다른 존에서 들어온 이동 인구</translation>
    </message>
    <message>
        <source>movers leaving for other zones</source>
        <translation>다른 존으로 나간 이동 인구</translation>
    </message>
    <message>
        <source>movers staying inside the zone</source>
        <translation>존 안에서 이동한 인구</translation>
    </message>
    <message>
        <source>inflow minus outflow</source>
        <translation>유입에서 유출을 뺀 값</translation>
    </message>
    <message>
        <source>masked OD cells left out</source>
        <translation>제외한 비공개 OD 셀 수</translation>
    </message>
    <message>
        <source>Net flows per zone and time stored as &quot;%1&quot; (%2 record(s)).</source>
        <translation>존·시간별 순유입을 &quot;%1&quot;(으)로 저장했습니다(레코드 %2개).</translation>
    </message>
    <message>
        <source>Imported %1 record(s) into %2 OD cell(s) as &quot;%3&quot; (%4); %5 masked count(s) kept as masked.</source>
        <translation>레코드 %1개를 OD 셀 %2개로 모아 &quot;%3&quot;(으)로 가져왔습니다(%4). 비공개 인원 수 %5개는 비공개로 유지했습니다.</translation>
    </message>
    <message>
        <source>estimate-flows needs one project (usage: %1)</source>
        <translation>estimate-flows에는 프로젝트가 하나 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>estimate-flows needs --%1 (usage: %2)</source>
        <translation>estimate-flows에는 --%1이(가) 필요합니다(사용법: %2)</translation>
    </message>
    <message>
        <source>--mean-trip-km must be a positive number of kilometres.</source>
        <translation>--mean-trip-km에는 0보다 큰 킬로미터 단위 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--beta must be a number &gt;= 0.</source>
        <translation>--beta에는 0 이상의 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--min-flow must be a number &gt;= 0.</source>
        <translation>--min-flow에는 0 이상의 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--decay must be exp or power, not &quot;%1&quot;.</source>
        <translation>--decay에는 &quot;%1&quot;이(가) 아니라 exp 또는 power를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1에는 &quot;%2&quot;이(가) 아니라 YYYY-MM-DD 형식의 날짜를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an hourly measure layer of the project.</source>
        <translation>&quot;%1&quot;은(는) 이 프로젝트의 시간대별 측정값 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OD layer of the project.</source>
        <translation>&quot;%1&quot;은(는) 이 프로젝트의 OD 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>%1: %2 zones, %3 OD pairs stored as &quot;%4&quot; (estimated, not measured).</source>
        <translation>%1: 존 %2개, OD 쌍 %3개를 &quot;%4&quot;(으)로 저장했습니다(실측값이 아닌 추정값).</translation>
    </message>
    <message>
        <source>beta = %1 per km (%2, %3 km target), mean trip %4 km; %5 balancing iterations, max relative error %6; total flow %7 = night population of the zones used.</source>
        <translation>beta = km당 %1(%2, 목표 %3 km), 평균 통행 거리 %4 km. 균형 반복 %5회, 최대 상대 오차 %6. 총 통행량 %7 = 사용한 존의 야간 인구.</translation>
    </message>
    <message>
        <source>Warning: no observed flows or --mean-trip-km given; the mean trip length of %1 km is an assumption, not a measurement.</source>
        <translation>경고: 관측 통행량이나 --mean-trip-km을 지정하지 않았습니다. 평균 통행 거리 %1 km는 실측값이 아니라 가정값입니다.</translation>
    </message>
    <message>
        <source>Pairs below --min-flow dropped: %1 people in total.</source>
        <translation>--min-flow 미만이어서 뺀 쌍: 모두 %1명.</translation>
    </message>
    <message>
        <source>The project has no boundary layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 경계 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>The project has no boundary layer to place the commercial areas in; import the dong boundaries first (or name one with --layer).</source>
        <translation>프로젝트에 상권을 배치할 경계 레이어가 없습니다. 먼저 행정동 경계를 가져오십시오(또는 --layer로 지정하십시오).</translation>
    </message>
    <message>
        <source>import sales needs --areas FILE: the commercial-area points (e.g. Seoul OA-15560) that place each commercial area in a dong.</source>
        <translation>import sales에는 --areas FILE이 필요합니다: 각 상권을 행정동에 배치할 상권 점 파일(예: 서울 OA-15560).</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no code field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 코드 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Commercial areas in %1: %2 read, %3 placed in a dong of &quot;%4&quot;, %5 in no dong%6.</source>
        <translation>%1의 상권: %2개를 읽어 %3개를 &quot;%4&quot;의 행정동에 배치했고, %5개는 어느 행정동에도 속하지 않습니다%6.</translation>
    </message>
    <message>
        <source>The areas file&apos;s own dong code agrees with the polygon for %1 of %2 (%3 %).</source>
        <translation>상권 파일에 적힌 행정동 코드가 폴리곤과 일치하는 상권: %2개 중 %1개(%3 %).</translation>
    </message>
    <message>
        <source>Imported %1 sales row(s) of %2 commercial area(s): &quot;%3&quot; has %4 record(s) by dong and quarter, &quot;%5&quot; has %6 record(s) by dong, industry and quarter.</source>
        <translation>상권 %2개의 매출 행 %1개를 가져왔습니다: &quot;%3&quot;에는 행정동·분기별 레코드 %4개, &quot;%5&quot;에는 행정동·업종·분기별 레코드 %6개가 있습니다.</translation>
    </message>
    <message>
        <source>import points takes exactly one file.</source>
        <translation>import points에는 파일을 정확히 하나 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Give either --latlon COL or --x COL --y COL, not both.</source>
        <translation>--latlon COL 또는 --x COL --y COL 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 point(s) from %3 (%4 -&gt; EPSG:5179); %5 row(s) with invalid coordinates skipped.</source>
        <translation>%3에서 점 %2개 중 %1개를 가져왔습니다(%4 -&gt; EPSG:5179). 좌표가 잘못된 행 %5개는 건너뛰었습니다.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
    <message>
        <source>derive needs a project, --layer, --measures and --name (usage: %1)</source>
        <translation>derive에는 프로젝트, --layer, --measures, --name이 필요합니다(사용법: %1)</translation>
    </message>
    <message>
        <source>--measures names no measure; known: %1.</source>
        <translation>--measures에 지정한 지표가 없습니다. 사용할 수 있는 지표: %1.</translation>
    </message>
    <message>
        <source>--by must be hour-of-day, day or week, not &quot;%1&quot;.</source>
        <translation>--by에는 &quot;%1&quot;이(가) 아니라 hour-of-day, day, week 중 하나를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--stat must be sum or mean, not &quot;%1&quot;.</source>
        <translation>--stat에는 &quot;%1&quot;이(가) 아니라 sum 또는 mean을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--stat needs --by (the statistic of a time aggregate).</source>
        <translation>--stat에는 --by가 필요합니다(--stat은 시간 집계의 통계량입니다).</translation>
    </message>
    <message>
        <source>The project has no measure layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 측정값 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no records to derive from.</source>
        <translation>레이어 &quot;%1&quot;에 산출에 쓸 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>hour-of-day sums</source>
        <translation>시간대별 합계</translation>
    </message>
    <message>
        <source>hour-of-day means</source>
        <translation>시간대별 평균</translation>
    </message>
    <message>
        <source>day sums</source>
        <translation>일별 합계</translation>
    </message>
    <message>
        <source>day means</source>
        <translation>일별 평균</translation>
    </message>
    <message>
        <source>week sums</source>
        <translation>주별 합계</translation>
    </message>
    <message>
        <source>week means</source>
        <translation>주별 평균</translation>
    </message>
    <message>
        <source>%1 derived from %2</source>
        <translation>%2에서 산출한 %1</translation>
    </message>
    <message>
        <source>%1 derived from %2 (%3)</source>
        <translation>%2에서 산출한 %1 (%3)</translation>
    </message>
    <message>
        <source>%1, derived from %2</source>
        <translation>%1(%2에서 산출)</translation>
    </message>
    <message>
        <source>%1, derived from %2 (%3)</source>
        <translation>%1(%2에서 산출, %3)</translation>
    </message>
    <message>
        <source>Aggregated by %1 (%2): %3 masked and %4 missing input value(s) left out; %5 record(s) without an hourly or daily time skipped.</source>
        <translation>%1 기준으로 집계했습니다(%2): 입력값 중 비공개 %3개와 결측 %4개를 제외했고, 시간대별 또는 일별 시간이 없는 레코드 %5개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>%1: %2 masked, %3 missing of %4 record(s).</source>
        <translation>%1: 레코드 %4개 중 비공개 %2개, 결측 %3개.</translation>
    </message>
    <message>
        <source>Derived %1 from &quot;%2&quot; as &quot;%3&quot;: %4 record(s).</source>
        <translation>&quot;%2&quot;에서 %1을(를) 산출하여 &quot;%3&quot;(으)로 저장했습니다: 레코드 %4개.</translation>
    </message>
    <message>
        <source>Background map: any GDAL raster (GeoTIFF, MBTiles, VRT)</source>
        <translation>배경지도: GDAL이 읽을 수 있는 래스터(GeoTIFF, MBTiles, VRT)</translation>
    </message>
    <message>
        <source>Label the features (e.g. dong names), without overlaps</source>
        <translation>피처에 라벨을 겹치지 않게 표시(예: 행정동 이름)</translation>
    </message>
    <message>
        <source>OD layers: the purpose field drawn (same as --field), e.g. p1_commute</source>
        <translation>OD 레이어: 그릴 목적 필드(--field와 같음), 예: p1_commute</translation>
    </message>
    <message>
        <source>OD layers: draw the N largest flows (0 = all)</source>
        <translation>OD 레이어: 통행량이 가장 큰 흐름 N개를 그림(0 = 전체)</translation>
    </message>
    <message>
        <source>OD layers: leave out flows below this volume</source>
        <translation>OD 레이어: 이 통행량 미만의 흐름은 제외</translation>
    </message>
    <message>
        <source>OD layers: keep flows that start and end in the same zone</source>
        <translation>OD 레이어: 같은 존 안에서 출발·도착하는 흐름도 포함</translation>
    </message>
    <message>
        <source>Measure layers: second period B; draws A − B (A = --time)</source>
        <translation>측정값 레이어: 두 번째 기간 B. A − B를 그림(A = --time)</translation>
    </message>
    <message>
        <source>With --compare: the two periods side by side, not the difference</source>
        <translation>--compare와 함께: 차이 대신 두 기간을 나란히 보기</translation>
    </message>
    <message>
        <source>--%1 applies to origin–destination (movement) layers; &quot;%2&quot; is not one.</source>
        <translation>--%1은(는) 출발지–도착지(생활이동) 레이어에만 적용됩니다. &quot;%2&quot;은(는) 이런 레이어가 아닙니다.</translation>
    </message>
    <message>
        <source>--side-by-side needs --compare with the second period.</source>
        <translation>--side-by-side에는 두 번째 기간을 지정한 --compare가 필요합니다.</translation>
    </message>
    <message>
        <source>--compare works on measure layers; &quot;%1&quot; is an origin–destination layer (use --time FROM/TO to choose its period).</source>
        <translation>--compare는 측정값 레이어에만 쓸 수 있습니다. &quot;%1&quot;은(는) 출발지–도착지 레이어입니다(기간을 선택하려면 --time FROM/TO를 쓰십시오).</translation>
    </message>
    <message>
        <source>--top must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--top에는 &quot;%1&quot;이(가) 아니라 0 이상의 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--min-volume must be a number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--min-volume에는 &quot;%1&quot;이(가) 아니라 0 이상의 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>layer needs a project file and a layer name.</source>
        <translation>layer 명령에는 프로젝트 파일과 레이어 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>--show and --hide cannot be used together.</source>
        <translation>--show와 --hide는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>숨김</translation>
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
    <name>dosi::desktop::AnimationDialog</name>
    <message>
        <source>Export Animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Folder for the Frames</source>
        <translation>프레임을 저장할 폴더</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 프레임/초</translation>
    </message>
    <message>
        <source>Also make an MP4 video (H.264)</source>
        <translation>MP4 동영상(H.264)도 만들기</translation>
    </message>
    <message>
        <source>ffmpeg was not found on the PATH.</source>
        <translation>PATH에서 ffmpeg를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>시작:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>끝:</translation>
    </message>
    <message>
        <source>Size (pixels):</source>
        <translation>크기(픽셀):</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::AnimationExporter</name>
    <message>
        <source>An animation is already being exported.</source>
        <translation>이미 애니메이션을 내보내는 중입니다.</translation>
    </message>
    <message>
        <source>There is no thematic layer with a time axis to animate.</source>
        <translation>애니메이션으로 만들 수 있는, 시간 축이 있는 주제도 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>The map has no view to export.</source>
        <translation>내보낼 지도 화면이 없습니다.</translation>
    </message>
    <message>
        <source>Choose a folder for the frames.</source>
        <translation>프레임을 저장할 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>ffmpeg was not found on the PATH; export the PNG frames only, or install ffmpeg.</source>
        <translation>PATH에서 ffmpeg를 찾을 수 없습니다. PNG 프레임만 내보내거나 ffmpeg를 설치하십시오.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 저장한 파일은 없습니다.</translation>
    </message>
    <message>
        <source>Frame %1 (%2): %3</source>
        <translation>프레임 %1(%2): %3</translation>
    </message>
    <message>
        <source>The frame could not be drawn.</source>
        <translation>프레임을 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) written to %1</source>
        <translation>
            <numerusform>%1에 프레임 %n개를 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start ffmpeg: %1</source>
        <translation>ffmpeg를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>ffmpeg failed (exit code %1): %2</source>
        <translation>ffmpeg 실행에 실패했습니다(종료 코드 %1): %2</translation>
    </message>
    <message>
        <source>ffmpeg wrote an empty video.</source>
        <translation>ffmpeg가 빈 동영상을 만들었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) and %1 written to %2</source>
        <translation>
            <numerusform>%2에 프레임 %n개와 %1을(를) 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1을(를) 덮어쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot move %1 into %2.</source>
        <translation>%1을(를) %2(으)로 옮길 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::BookmarkPanel</name>
    <message>
        <source>Add Bookmark</source>
        <translation>북마크 추가</translation>
    </message>
    <message>
        <source>Rename Bookmark</source>
        <translation>북마크 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>화면 %1</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation>북마크 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a bookmark of the current view, time and layers</source>
        <translation>현재 화면, 시간, 레이어를 북마크로 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Rename Bookmark…</source>
        <translation>북마크 이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Bookmark</source>
        <translation>북마크 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Previous Bookmark</source>
        <translation>이전 북마크(&amp;P)</translation>
    </message>
    <message>
        <source>Go to the previous bookmark (PageUp)</source>
        <translation>이전 북마크로 이동합니다(PageUp)</translation>
    </message>
    <message>
        <source>&amp;Next Bookmark</source>
        <translation>다음 북마크(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next bookmark (PageDown)</source>
        <translation>다음 북마크로 이동합니다(PageDown)</translation>
    </message>
    <message>
        <source>Double-click a bookmark to go to it</source>
        <translation>북마크를 두 번 클릭하면 그 위치로 이동합니다</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ChartPanel</name>
    <message>
        <source>The field &quot;%1&quot; is computed for the map and has no chart.</source>
        <translation>필드 &quot;%1&quot;은(는) 지도 표시용으로 계산한 값이어서 차트가 없습니다.</translation>
    </message>
    <message>
        <source>Click a unit on the map to see its chart; Ctrl+click adds units to compare.</source>
        <translation>지도에서 단위를 클릭하면 차트를 볼 수 있습니다. Ctrl+클릭하면 비교할 단위를 추가합니다.</translation>
    </message>
    <message>
        <source>Click the chart to go to a time; click a line to highlight its unit.</source>
        <translation>차트를 클릭하면 그 시간으로 이동하고, 선을 클릭하면 해당 단위를 강조 표시합니다.</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ComparePanel</name>
    <message>
        <source>Time step</source>
        <translation>시간 단계</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>%1 (whole day)</source>
        <translation>%1 (하루 전체)</translation>
    </message>
    <message>
        <source>%1 – %2 (W%3)</source>
        <translation>%1 – %2 (%3주차)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Difference map (A − B)</source>
        <translation>차이 지도(A − B)</translation>
    </message>
    <message>
        <source>Side by side (A | B)</source>
        <translation>나란히 보기(A | B)</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>비교:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Compare the current period (A) with another period (B)</source>
        <translation>현재 기간(A)을 다른 기간(B)과 비교합니다</translation>
    </message>
    <message>
        <source>Period A follows the time slider</source>
        <translation>기간 A는 시간 슬라이더를 따릅니다</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ImportJob</name>
    <message>
        <source>tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>세미콜론(;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>쉼표(,)</translation>
    </message>
    <message>
        <source>Seoul living population by dong (32 columns)</source>
        <translation>서울 행정동 생활인구 32열 형식</translation>
    </message>
    <message>
        <source>Seoul living population by gu</source>
        <translation>서울 자치구 생활인구</translation>
    </message>
    <message>
        <source>Seoul living population on the 250 m grid</source>
        <translation>서울 250 m 격자 생활인구</translation>
    </message>
    <message>
        <source>Weekly living population (JSON)</source>
        <translation>주간 생활인구(JSON)</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>인코딩: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>구분자: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>형식: %1</translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation>좌표계: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>피처: %1개</translation>
    </message>
    <message>
        <source>No code field was detected; choose one on the next page.</source>
        <translation>코드 필드를 찾지 못했습니다. 다음 페이지에서 선택하세요.</translation>
    </message>
    <message>
        <source>Code field: %1</source>
        <translation>코드 필드: %1</translation>
    </message>
    <message>
        <source>Label field: %1</source>
        <translation>이름 필드: %1</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system.</source>
        <translation>%1에 좌표계 정보가 없습니다.</translation>
    </message>
    <message>
        <source>Schema: %1</source>
        <translation>스키마: %1</translation>
    </message>
    <message>
        <source>No key column was detected; choose one on the next page.</source>
        <translation>키 열을 찾지 못했습니다. 다음 페이지에서 선택하세요.</translation>
    </message>
    <message>
        <source>Key column: %1</source>
        <translation>키 열: %1</translation>
    </message>
    <message>
        <source>Time column: %1</source>
        <translation>시간 열: %1</translation>
    </message>
    <message>
        <source>No file was chosen.</source>
        <translation>선택한 파일이 없습니다.</translation>
    </message>
    <message>
        <source>This kind of import takes exactly one file.</source>
        <translation>이 종류의 가져오기는 파일을 하나만 받습니다.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled.</source>
        <translation>%1 가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 feature(s) from %3 (%4 → EPSG:5179).</source>
        <translation>%3에서 피처 %2개 중 %1개를 가져왔습니다(%4 → EPSG:5179).</translation>
    </message>
    <message>
        <source>%1 invalid geometries repaired, %2 empty skipped.</source>
        <translation>잘못된 도형 %1개를 고쳤고 빈 도형 %2개를 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>Code field: %1; label field: %2.</source>
        <translation>코드 필드: %1, 이름 필드: %2.</translation>
    </message>
    <message>
        <source>Imported %1 record(s) from %2 file(s) (%3).</source>
        <translation>파일 %2개에서 레코드 %1개를 가져왔습니다(%3).</translation>
    </message>
    <message>
        <source>%1 masked value(s) kept as masked.</source>
        <translation>비공개 값(*) %1개는 비공개로 보존했습니다.</translation>
    </message>
    <message>
        <source>No feature layer has these unit codes; the layer is stored without a map layer.</source>
        <translation>이 단위 코드를 가진 지도 레이어가 없어 지도 레이어 없이 저장했습니다.</translation>
    </message>
    <message>
        <source>Joined to layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;에 연결: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>가져온 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Enter a name for the new layer.</source>
        <translation>새 레이어의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The layer name must not begin or end with a space.</source>
        <translation>레이어 이름은 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>The project already has a layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 이미 &quot;%1&quot; 레이어가 있습니다.</translation>
    </message>
    <message>
        <source>First %1 lines: %2</source>
        <translation>처음 %1행: %2</translation>
    </message>
    <message>
        <source>First file: %1</source>
        <translation>첫 파일: %1</translation>
    </message>
    <message>
        <source>%1 record(s), %2 masked value(s)</source>
        <translation>레코드 %1개, 비공개 값 %2개</translation>
    </message>
    <message>
        <source>The project has no boundary layer to place the commercial areas in; import the dong boundaries first.</source>
        <translation>프로젝트에 상권을 배치할 경계 레이어가 없습니다. 먼저 행정동 경계를 가져오세요.</translation>
    </message>
    <message>
        <source>The project has no boundary layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 경계 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Seoul movement (OA-22300) file; another origin-destination table is imported one file at a time.</source>
        <translation>%1은(는) 서울 생활이동(OA-22300) 파일이 아닙니다. 다른 OD 표는 한 번에 파일 하나씩 가져옵니다.</translation>
    </message>
    <message>
        <source>Choose the commercial-area file on the first page.</source>
        <translation>첫 페이지에서 상권 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the key column (unit code).</source>
        <translation>키 열(단위 코드)을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the origin column.</source>
        <translation>출발지 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the destination column.</source>
        <translation>도착지 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the count column.</source>
        <translation>인원 수 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the x and y columns, or one &quot;lat,lon&quot; column.</source>
        <translation>x, y 열 또는 &quot;lat,lon&quot; 열 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the columns to use.</source>
        <translation>사용할 열을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the coordinate system of the x and y columns.</source>
        <translation>x, y 열의 좌표계를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 ~ %2 (%3개)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>guessed from the values; EPSG:5186 and EPSG:5174 give similar numbers</source>
        <translation>값으로 추정함, EPSG:5186·EPSG:5174도 좌표값이 비슷함</translation>
    </message>
    <message>
        <source>%1 is not a Seoul movement (OA-22300) file; choose its origin, destination and count columns (its columns are: %2).</source>
        <translation>%1은(는) 서울 생활이동(OA-22300) 파일이 아닙니다. 출발지, 도착지, 인원 수 열을 선택하세요(열 목록: %2).</translation>
    </message>
    <message>
        <source>Seoul movement by origin and destination (OA-22300)</source>
        <translation>서울 출발지·도착지별 생활이동(OA-22300)</translation>
    </message>
    <message>
        <source>%1 record(s) in %2 origin-destination cell(s), %3 zone(s), %4 masked count(s)</source>
        <translation>레코드 %1개(OD 셀 %2개), 존 %3개, 비공개 인원 수 %4개</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>시간대: %1</translation>
    </message>
    <message>
        <source>origin-destination table</source>
        <translation>출발지-도착지(OD) 표</translation>
    </message>
    <message>
        <source>This is not a Seoul movement (OA-22300) file, and its origin, destination and count columns were not all detected: choose them on the next page.</source>
        <translation>서울 생활이동(OA-22300) 파일이 아니며 출발지, 도착지, 인원 수 열을 모두 찾지는 못했습니다. 다음 페이지에서 선택하세요.</translation>
    </message>
    <message>
        <source>Origin: %1, destination: %2, count: %3, period: %4</source>
        <translation>출발지: %1, 도착지: %2, 인원 수: %3, 기간: %4</translation>
    </message>
    <message>
        <source>%1 record(s) in %2 origin-destination cell(s), %3 zone(s)</source>
        <translation>레코드 %1개(OD 셀 %2개), 존 %3개</translation>
    </message>
    <message>
        <source>The project has no feature layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 피처 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Imported %1 record(s) from %2 file(s) into %3 origin-destination cell(s) (%4).</source>
        <translation>파일 %2개에서 레코드 %1개를 가져와 OD 셀 %3개로 모았습니다(%4).</translation>
    </message>
    <message>
        <source>%1 masked count(s) kept as masked.</source>
        <translation>비공개 인원 수(*) %1개는 비공개로 보존했습니다.</translation>
    </message>
    <message>
        <source>No feature layer has these zone codes; the layer is stored without zones.</source>
        <translation>이 존 코드를 가진 지도 레이어가 없어 레이어를 존 없이 저장했습니다.</translation>
    </message>
    <message>
        <source>Zones of layer &quot;%1&quot;: %2</source>
        <translation>레이어 &quot;%1&quot;의 존: %2</translation>
    </message>
    <message>
        <source>Seoul estimated card sales by commercial area</source>
        <translation>서울 상권별 카드 추정매출</translation>
    </message>
    <message>
        <source>Commercial areas: %1 read from %2, %3 placed in a dong of &quot;%4&quot;</source>
        <translation>상권: %2에서 %1개를 읽어 %3개를 &quot;%4&quot;의 행정동에 배치</translation>
    </message>
    <message>
        <source>%1 sales row(s) of %2 commercial area(s), %3 placed in a dong</source>
        <translation>상권 %2개의 매출 행 %1개(행정동에 배치한 행 %3개)</translation>
    </message>
    <message>
        <source>Quarters: %1</source>
        <translation>분기: %1</translation>
    </message>
    <message>
        <source>Commercial areas in %1: %2 read, %3 placed in a dong of &quot;%4&quot;, %5 in no dong.</source>
        <translation>%1의 상권: %2개를 읽어 %3개를 &quot;%4&quot;의 행정동에 배치했고, %5개는 어느 행정동에도 속하지 않습니다.</translation>
    </message>
    <message>
        <source>The areas file&apos;s own dong code agrees with the polygon for %1 of %2 (%3 %).</source>
        <translation>상권 파일에 적힌 행정동 코드가 폴리곤과 일치하는 상권: %2개 중 %1개(%3 %).</translation>
    </message>
    <message>
        <source>Imported %1 of %2 sales row(s) from %3 file(s): &quot;%4&quot; has %5 record(s) by dong and quarter, &quot;%6&quot; has %7 record(s) by dong, industry and quarter.</source>
        <translation>파일 %3개에서 매출 행 %2개 중 %1개를 가져왔습니다: &quot;%4&quot;에는 행정동·분기별 레코드 %5개, &quot;%6&quot;에는 행정동·업종·분기별 레코드 %7개가 있습니다.</translation>
    </message>
    <message>
        <source>No coordinate columns were detected: choose the x and y columns (or one &quot;lat,lon&quot; column) and the coordinate system on the next page.</source>
        <translation>좌표 열을 찾지 못했습니다. 다음 페이지에서 x, y 열(또는 &quot;lat,lon&quot; 열 하나)과 좌표계를 선택하세요.</translation>
    </message>
    <message>
        <source>X column: %1, Y column: %2</source>
        <translation>X 열: %1, Y 열: %2</translation>
    </message>
    <message>
        <source>Lat,lon column: %1</source>
        <translation>위경도(lat,lon) 열: %1</translation>
    </message>
    <message>
        <source>The coordinate system was not recognised from the values; choose it on the next page.</source>
        <translation>값으로 좌표계를 알아내지 못했습니다. 다음 페이지에서 선택하세요.</translation>
    </message>
    <message>
        <source>Coordinate system: %1 (%2)</source>
        <translation>좌표계: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 point(s)</source>
        <translation>점 %1개</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::ImportWizard</name>
    <message>
        <source>Import Data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>마침(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation>데이터 선택</translation>
    </message>
    <message>
        <source>What kind of data, and which file(s)?</source>
        <translation>어떤 데이터를 어느 파일에서 가져올까요?</translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation>데이터 종류(&amp;K):</translation>
    </message>
    <message>
        <source>Boundaries (any GDAL vector source)</source>
        <translation>경계(GDAL 벡터 자료)</translation>
    </message>
    <message>
        <source>Points (any GDAL vector source)</source>
        <translation>점(GDAL 벡터 자료)</translation>
    </message>
    <message>
        <source>Living population (CSV or JSON, many files)</source>
        <translation>생활인구(CSV 또는 JSON, 여러 파일)</translation>
    </message>
    <message>
        <source>Indicator table (CSV with a key column)</source>
        <translation>지표 표(키 열이 있는 CSV)</translation>
    </message>
    <message>
        <source>Polygons such as 행정동 boundaries: GeoJSON, Shapefile, GeoPackage or CSV with WKT. They are reprojected to EPSG:5179 and invalid geometries are repaired.</source>
        <translation>행정동 경계 같은 폴리곤: GeoJSON, Shapefile, GeoPackage 또는 WKT가 든 CSV. EPSG:5179로 변환하고 잘못된 도형은 고칩니다.</translation>
    </message>
    <message>
        <source>Facilities or candidate sites (CCTV, chargers, stations) from any GDAL vector source.</source>
        <translation>GDAL이 읽는 벡터 자료의 시설 또는 후보지(CCTV, 충전기, 소방서 등).</translation>
    </message>
    <message>
        <source>Seoul living population by dong, by gu or on the 250 m grid (CSV, CP949 or UTF-8), or weekly JSON files. Choose all days at once; the schema is detected.</source>
        <translation>서울 생활인구(행정동, 자치구 또는 250 m 격자; CSV, CP949 또는 UTF-8)나 주간 JSON 파일. 모든 날짜의 파일을 한 번에 고르세요. 스키마는 자동으로 인식합니다.</translation>
    </message>
    <message>
        <source>Any table of indicators by unit code, optionally by year, quarter or day (e.g. population by dong and year).</source>
        <translation>단위 코드별 지표 표. 연도, 분기 또는 날짜별일 수도 있습니다(예: 행정동별 연도별 인구).</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>The first rows of the first file and what was detected.</source>
        <translation>첫 파일의 처음 몇 행과 자동으로 인식한 내용입니다.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Layer and fields</source>
        <translation>레이어와 필드</translation>
    </message>
    <message>
        <source>Name the new layer and check the fields Dosi will use.</source>
        <translation>새 레이어의 이름을 정하고 Dosi가 사용할 필드를 확인하세요.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>레이어 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>문자 인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>&amp;Code field:</source>
        <translation>코드 필드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Label field:</source>
        <translation>이름 필드(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Key column (unit code):</source>
        <translation>키 열(단위 코드)(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Time column:</source>
        <translation>시간 열(&amp;T):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(detect)</source>
        <translation>(자동 인식)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>The data is read in the background; the project changes only when it has all been read.</source>
        <translation>데이터는 백그라운드에서 읽습니다. 모두 읽은 뒤에만 프로젝트가 바뀝니다.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>보고서:</translation>
    </message>
    <message>
        <source>Vector data (*.geojson *.json *.shp *.gpkg *.csv *.kml *.gml);;All files (*)</source>
        <translation>벡터 자료 (*.geojson *.json *.shp *.gpkg *.csv *.kml *.gml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Living population (*.csv *.json);;All files (*)</source>
        <translation>생활인구 (*.csv *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>표 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose Files</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>미리 보기를 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>열린 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; was added to the project.</source>
        <translation>레이어 &quot;%1&quot;을(를) 프로젝트에 추가했습니다.</translation>
    </message>
    <message>
        <source>The import failed; the project is unchanged.</source>
        <translation>가져오기에 실패했습니다. 프로젝트는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>가져오기를 취소했습니다. 프로젝트는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Layers %1 were added to the project.</source>
        <translation>레이어 %1을(를) 프로젝트에 추가했습니다.</translation>
    </message>
    <message>
        <source>Points from a CSV with coordinate columns</source>
        <translation>점(좌표 열이 있는 CSV)</translation>
    </message>
    <message>
        <source>Movement / origin-destination flows (CSV, many files)</source>
        <translation>생활이동 / OD 통행량(CSV, 여러 파일)</translation>
    </message>
    <message>
        <source>Card sales by commercial area (CSV, many files)</source>
        <translation>상권별 카드 매출(CSV, 여러 파일)</translation>
    </message>
    <message>
        <source>Facilities or candidate sites from a table with x/y columns in a coordinate system you choose (e.g. EPSG:4326 longitude/latitude or EPSG:5181), or with one &quot;lat,lon&quot; column.</source>
        <translation>x/y 열(좌표계는 직접 선택, 예: EPSG:4326 경위도 또는 EPSG:5181)이나 &quot;lat,lon&quot; 열 하나가 있는 표의 시설 또는 후보지.</translation>
    </message>
    <message>
        <source>Seoul 생활이동 files (OA-22300; choose all days at once), or one origin-destination table of any other source, whose origin, destination, count and period columns you choose.</source>
        <translation>서울 생활이동 파일(OA-22300, 모든 날짜의 파일을 한 번에 고르세요) 또는 다른 출처의 OD 표 하나. OD 표는 출발지, 도착지, 인원 수, 기간 열을 직접 고릅니다.</translation>
    </message>
    <message>
        <source>Seoul 상권분석서비스 estimated sales (추정매출, 55 columns; many quarters at once). Each commercial area is placed in a dong through the commercial-area file (영역-상권, OA-15560).</source>
        <translation>서울시 상권분석서비스 추정매출(55열, 여러 분기를 한 번에). 각 상권은 상권 영역 파일(영역-상권, OA-15560)을 이용해 행정동에 배치합니다.</translation>
    </message>
    <message>
        <source>I&amp;d field:</source>
        <translation>ID 필드(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Origin column:</source>
        <translation>출발지 열(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Destination column:</source>
        <translation>도착지 열(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Period column:</source>
        <translation>기간 열(&amp;P):</translation>
    </message>
    <message>
        <source>Co&amp;unt column:</source>
        <translation>인원 수 열(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;X column (easting or longitude):</source>
        <translation>X 열(동서 좌표 또는 경도)(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Y column (northing or latitude):</source>
        <translation>Y 열(남북 좌표 또는 위도)(&amp;Y):</translation>
    </message>
    <message>
        <source>Lat,lon col&amp;umn:</source>
        <translation>위경도(lat,lon) 열(&amp;U):</translation>
    </message>
    <message>
        <source>(generated: 1, 2, 3, …)</source>
        <translation>(자동 생성: 1, 2, 3, …)</translation>
    </message>
    <message>
        <source>(same as the id)</source>
        <translation>(ID와 같음)</translation>
    </message>
    <message>
        <source>Co&amp;mmercial areas (OA-15560):</source>
        <translation>상권 영역(OA-15560)(&amp;M):</translation>
    </message>
    <message>
        <source>CSV with the commercial-area codes and X/Y in EPSG:5181</source>
        <translation>상권 코드와 EPSG:5181 X/Y 좌표가 있는 CSV</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <source>Coordinate &amp;system:</source>
        <translation>좌표계(&amp;S):</translation>
    </message>
    <message>
        <source>WGS 84, longitude/latitude</source>
        <translation>WGS 84 경위도</translation>
    </message>
    <message>
        <source>Korea 2000 / Unified CS (Dosi&apos;s own)</source>
        <translation>Korea 2000 / Unified CS (UTM-K, Dosi 기본 좌표계)</translation>
    </message>
    <message>
        <source>Korea 2000 / Central Belt (Seoul open data, Kakao)</source>
        <translation>Korea 2000 / Central Belt (중부원점, 서울 열린데이터·카카오)</translation>
    </message>
    <message>
        <source>Korea 2000 / Central Belt 2010</source>
        <translation>Korea 2000 / Central Belt 2010 (중부원점)</translation>
    </message>
    <message>
        <source>Korean 1985 / Modified Central Belt</source>
        <translation>Korean 1985 / Modified Central Belt (보정된 중부원점, Bessel)</translation>
    </message>
    <message>
        <source>S&amp;kip rows with invalid coordinates (listed in the report)</source>
        <translation>좌표가 잘못된 행 건너뛰기(보고서에 목록 표시)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Dong layer:</source>
        <translation>행정동 레이어(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Join to layer:</source>
        <translation>결합할 레이어(&amp;J):</translation>
    </message>
    <message>
        <source>(best match)</source>
        <translation>(가장 잘 맞는 레이어)</translation>
    </message>
    <message>
        <source>Choose the Commercial-Area File</source>
        <translation>상권 파일 선택</translation>
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
    <message>
        <source>Opacity:</source>
        <translation>불투명도:</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>선택한 레이어의 불투명도</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Imported layer &quot;%1&quot;</source>
        <translation>레이어 &quot;%1&quot;을(를) 가져왔습니다</translation>
    </message>
    <message>
        <source>Import boundaries, points, living population, movement, card sales or an indicator table</source>
        <translation>경계, 점, 생활인구, 생활이동, 카드 매출 또는 지표 표를 가져옵니다</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>지도(&amp;M)</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>애니메이션 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <source>Export the map over a range of times as PNG frames (and an MP4 video with ffmpeg)</source>
        <translation>시간 범위에 걸친 지도를 PNG 프레임으로 내보냅니다(ffmpeg가 있으면 MP4 동영상도 만듭니다)</translation>
    </message>
    <message>
        <source>&amp;Background Map…</source>
        <translation>배경지도(&amp;B)…</translation>
    </message>
    <message>
        <source>Show a raster (GeoTIFF orthophoto, MBTiles) under the layers</source>
        <translation>레이어 아래에 래스터(GeoTIFF 정사영상, MBTiles)를 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Remove Background Map</source>
        <translation>배경지도 제거(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>선택 항목에 맞춤(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>선택 항목에 맞춤</translation>
    </message>
    <message>
        <source>C&amp;lear Selection</source>
        <translation>선택 해제(&amp;L)</translation>
    </message>
    <message>
        <source>Latitude and longitude under the cursor (WGS 84)</source>
        <translation>커서 위치의 위도와 경도(WGS 84)</translation>
    </message>
    <message>
        <source>Unit and value under the cursor; click to chart it, Ctrl+click to add it</source>
        <translation>커서 위치의 단위와 값. 클릭하면 차트에 표시하고, Ctrl+클릭하면 차트에 추가합니다</translation>
    </message>
    <message>
        <source>Side by side: %1</source>
        <translation>나란히 보기: %1</translation>
    </message>
    <message>
        <source>%1° %2 %3° %4 (WGS 84)</source>
        <translation>%2 %1° %4 %3° (WGS 84)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>북위</translation>
    </message>
    <message>
        <source>S</source>
        <translation>남위</translation>
    </message>
    <message>
        <source>E</source>
        <translation>동경</translation>
    </message>
    <message>
        <source>W</source>
        <translation>서경</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>비공개</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Background Map</source>
        <translation>배경지도</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.jp2 *.png *.jpg);;All files (*)</source>
        <translation>래스터 (*.tif *.tiff *.mbtiles *.gpkg *.vrt *.jp2 *.png *.jpg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open the background map</source>
        <translation>배경지도를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Background map: %1</source>
        <translation>배경지도: %1</translation>
    </message>
    <message>
        <source>Cannot export the animation</source>
        <translation>애니메이션을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>The thematic layer shown has no time axis.</source>
        <translation>표시 중인 주제도 레이어에 시간 축이 없습니다.</translation>
    </message>
    <message>
        <source>Exporting the animation…</source>
        <translation>애니메이션을 내보내는 중…</translation>
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
        <source>Derived: %1</source>
        <translation>파생 지표: %1</translation>
    </message>
    <message>
        <source>Flows shown:</source>
        <translation>표시할 흐름 수:</translation>
    </message>
    <message>
        <source>The largest origin–destination flows drawn on the map</source>
        <translation>지도에 그릴 가장 큰 출발지–도착지 흐름</translation>
    </message>
</context>
<context>
    <name>dosi::desktop::TimeController</name>
    <message>
        <source>%1  W%2</source>
        <translation>%1  %2주차</translation>
    </message>
    <message>
        <source>%1 (%2)  W%3</source>
        <translation>%1 (%2)  %3주차</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1년 %2분기</translation>
    </message>
    <message>
        <source>No time axis</source>
        <translation>시간 축 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시정지(Space)</translation>
    </message>
    <message>
        <source>Play through the times (Space)</source>
        <translation>시간 순서대로 재생(Space)</translation>
    </message>
    <message>
        <source>%1 / s</source>
        <translation>%1 / 초</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <source>Time steps shown per second while playing</source>
        <translation>재생할 때 1초에 넘길 시간 단계 수</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>반복 재생</translation>
    </message>
    <message>
        <source>Start again at the first time after the last one</source>
        <translation>마지막 시간 다음에 처음 시간부터 다시 재생합니다</translation>
    </message>
    <message>
        <source>First time (Home)</source>
        <translation>처음 시간(Home)</translation>
    </message>
    <message>
        <source>Previous time (Left)</source>
        <translation>이전 시간(왼쪽 화살표)</translation>
    </message>
    <message>
        <source>Next time (Right)</source>
        <translation>다음 시간(오른쪽 화살표)</translation>
    </message>
    <message>
        <source>Last time (End)</source>
        <translation>마지막 시간(End)</translation>
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
    <name>dosi::gis::Interpolate</name>
    <message>
        <source>Polygon %1 of the %2 layer could not be read: %3</source>
        <translation>%2 레이어의 폴리곤 %1을(를) 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>source</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>The interpolation was cancelled.</source>
        <translation>보간을 취소했습니다.</translation>
    </message>
    <message>
        <source>A polygon could not be prepared: %1</source>
        <translation>폴리곤을 준비할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Two polygons could not be intersected: %1</source>
        <translation>두 폴리곤의 교차 영역을 구할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>dosi::gis::NationalGrid</name>
    <message>
        <source>The grid cell size must be a multiple of 10 m that divides 100 km (e.g. 100, 250, 500, 1000), not %1 m.</source>
        <translation>격자 셀 크기는 %1 m가 아니라 100 km를 나누어떨어지게 하는 10 m의 배수여야 합니다(예: 100, 250, 500, 1000).</translation>
    </message>
    <message>
        <source>The layer has no polygons to lay a grid over.</source>
        <translation>레이어에 격자를 씌울 폴리곤이 없습니다.</translation>
    </message>
    <message>
        <source>The polygons could not be read for the grid: %1</source>
        <translation>격자를 만들 폴리곤을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The polygons reach outside the national grid (EPSG:5179 E 700,000–1,500,000, N 1,300,000–2,100,000); are they in EPSG:5179?</source>
        <translation>폴리곤이 국가격자 범위(EPSG:5179 E 700,000–1,500,000, N 1,300,000–2,100,000)를 벗어납니다. EPSG:5179 좌표가 맞습니까?</translation>
    </message>
    <message>
        <source>The grid was cancelled.</source>
        <translation>격자 생성을 취소했습니다.</translation>
    </message>
    <message>
        <source>National grid cell id (national point number)</source>
        <translation>국가격자 셀 ID(국가지점번호)</translation>
    </message>
    <message>
        <source>Share of the cell inside the source polygons</source>
        <translation>격자 셀 중 원본 폴리곤 안에 있는 비율</translation>
    </message>
</context>
<context>
    <name>dosi::gis::PointImport</name>
    <message>
        <source>Further warnings were left out.</source>
        <translation>이후 경고는 생략했습니다.</translation>
    </message>
    <message>
        <source>%1 has no %2 column &quot;%3&quot;; its columns are: %4</source>
        <translation>%1에 %2 열 &quot;%3&quot;이(가) 없습니다. 열 목록: %4</translation>
    </message>
    <message>
        <source>Cannot import points from %1: name the x and y columns (or one &quot;lat,lon&quot; column).</source>
        <translation>%1에서 점을 가져올 수 없습니다: x, y 열(또는 &quot;lat,lon&quot; 열 하나)을 지정하십시오.</translation>
    </message>
    <message>
        <source>Cannot import points from %1: give the coordinate reference system of its x/y columns (e.g. EPSG:4326).</source>
        <translation>%1에서 점을 가져올 수 없습니다: x/y 열의 좌표계를 지정하십시오(예: EPSG:4326).</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields as in the header, found %4.</source>
        <translation>%1 %2행: 머리글처럼 필드 %3개가 있어야 하는데 %4개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: the coordinate is empty.</source>
        <translation>%1 %2행, %3열: 좌표가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: &quot;%4&quot; is not a valid coordinate in %5.</source>
        <translation>%1 %2행, %3열: &quot;%4&quot;은(는) %5의 올바른 좌표가 아닙니다.</translation>
    </message>
    <message>
        <source>The row was skipped.</source>
        <translation>이 행은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: the id is empty.</source>
        <translation>%1 %2행, %3열: ID가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1: lines %2 and %3 share the id %4.</source>
        <translation>%1: %2행과 %3행의 ID가 %4(으)로 같습니다.</translation>
    </message>
    <message>
        <source>%1 has no points to import.</source>
        <translation>%1에 가져올 점이 없습니다.</translation>
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
    <name>dosi::gis::SalesImport</name>
    <message>
        <source>%1 is not a card-sales file (estimated sales per commercial area): %2 column(s) missing: %3.</source>
        <translation>%1은(는) 카드 매출 파일(상권별 추정매출)이 아닙니다: 열 %2개가 없습니다: %3.</translation>
    </message>
    <message>
        <source>No card-sales file was given.</source>
        <translation>카드 매출 파일을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>The card-sales import was cancelled.</source>
        <translation>카드 매출 가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 was given twice.</source>
        <translation>%1을(를) 두 번 지정했습니다.</translation>
    </message>
    <message>
        <source>%1 line %2: expected %3 fields as in the header, found %4.</source>
        <translation>%1 %2행: 머리글처럼 필드 %3개가 있어야 하는데 %4개가 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: &quot;%4&quot; is not a quarter code such as 20241.</source>
        <translation>%1 %2행, %3열: &quot;%4&quot;은(는) 20241과 같은 분기 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: the code is empty.</source>
        <translation>%1 %2행, %3열: 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 %2행</translation>
    </message>
    <message>
        <source>%1: commercial area %2, industry %3 and quarter %4 were already given in %5.</source>
        <translation>%1: 상권 %2, 업종 %3, 분기 %4 조합은 이미 %5에 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: &quot;%4&quot; is not a number.</source>
        <translation>%1 %2행, %3열: &quot;%4&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 has no data rows.</source>
        <translation>%1에 자료 행이 없습니다.</translation>
    </message>
    <message>
        <source>%1 commercial area(s) of the sales files are not in %2 and were left out: %3</source>
        <translation>매출 파일의 상권 %1개가 %2에 없어 제외했습니다: %3</translation>
    </message>
    <message>
        <source>%1 commercial area(s) of the sales files lie in no dong of the boundaries and were left out: %2</source>
        <translation>매출 파일의 상권 %1개가 경계의 어느 행정동에도 속하지 않아 제외했습니다: %2</translation>
    </message>
    <message>
        <source>%1 of %2 sales row(s) could not be placed in a dong (sales amount %3 left out).</source>
        <translation>매출 행 %2개 중 %1개를 행정동에 배치할 수 없었습니다(매출액 %3 제외).</translation>
    </message>
    <message>
        <source>%1 empty value(s) were read as missing.</source>
        <translation>빈 값 %1개를 결측으로 읽었습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 commercial area(s) fall in a different dong than the areas file says: %3</source>
        <translation>상권 %2개 중 %1개가 상권 파일에 적힌 것과 다른 행정동에 있습니다: %3</translation>
    </message>
    <message>
        <source>None of the %1 sales row(s) could be placed in a dong: check that %2 matches the sales files and the boundaries.</source>
        <translation>매출 행 %1개 중 어느 것도 행정동에 배치할 수 없었습니다. %2이(가) 매출 파일 및 경계와 맞는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Cannot place the commercial areas of %1: no dong boundaries were given.</source>
        <translation>%1의 상권을 배치할 수 없습니다: 행정동 경계를 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 has no column %2; it is not a commercial-area file. Its columns are: %3</source>
        <translation>%1에 열 %2이(가) 없어 상권 파일이 아닙니다. 열 목록: %3</translation>
    </message>
    <message>
        <source>%1 has no commercial areas (no data rows).</source>
        <translation>%1에 상권이 없습니다(자료 행 없음).</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: the commercial-area code is empty.</source>
        <translation>%1 %2행, %3열: 상권 코드가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: &quot;%4&quot; is not a coordinate.</source>
        <translation>%1 %2행, %3열: &quot;%4&quot;은(는) 좌표가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 line %2: the commercial-area code %3 appears again; the first row is used.</source>
        <translation>%1 %2행: 상권 코드 %3이(가) 다시 나옵니다. 첫 번째 행을 사용합니다.</translation>
    </message>
    <message>
        <source>%1 line %2: the point (%3, %4) cannot be transformed from EPSG:5181 to EPSG:5179.</source>
        <translation>%1 %2행: 점 (%3, %4)을(를) EPSG:5181에서 EPSG:5179로 변환할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>dosi::gis::ThematicCompare</name>
    <message>
        <source>No data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>Masked (≤3 people)</source>
        <translation>비공개(3명 이하)</translation>
    </message>
    <message>
        <source>The project has no layer named &quot;%1&quot;.</source>
        <translation>프로젝트에 &quot;%1&quot;(이)라는 레이어가 없습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; is not a measure layer; periods can only be compared on measures over time.</source>
        <translation>레이어 &quot;%1&quot;은(는) 측정값 레이어가 아닙니다. 기간 비교는 시간에 따른 측정값에서만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot;.</source>
        <translation>레이어 &quot;%1&quot;에 필드 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Measure layer &quot;%1&quot; is not linked to a feature layer, so it cannot be drawn.</source>
        <translation>측정값 레이어 &quot;%1&quot;이(가) 피처 레이어와 연결되어 있지 않아 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>No period was given.</source>
        <translation>기간을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>There are no values for time &quot;%1&quot; (the layer has %2 time(s)%3).</source>
        <translation>시간 &quot;%1&quot;의 값이 없습니다(레이어의 시점 %2개%3).</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; must look like FROM/TO, e.g. 2019-03-04T00/2019-03-10T23.</source>
        <translation>기간 &quot;%1&quot;은(는) FROM/TO 형식이어야 합니다(예: 2019-03-04T00/2019-03-10T23).</translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; ends before it starts.</source>
        <translation>기간 &quot;%1&quot;의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <source>No time of the layer falls in the period &quot;%1&quot; (the layer has %2 time(s)%3).</source>
        <translation>기간 &quot;%1&quot;에 해당하는 레이어의 시점이 없습니다(레이어의 시점 %2개%3).</translation>
    </message>
    <message>
        <source>The layer has no features to colour.</source>
        <translation>레이어에 색을 칠할 피처가 없습니다.</translation>
    </message>
    <message>
        <source>No period to compare with was given.</source>
        <translation>비교할 기간을 지정하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1: A − B</source>
        <translation>%1: A − B</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (추정값)</translation>
    </message>
    <message>
        <source>A = %1</source>
        <translation>A = %1</translation>
    </message>
    <message>
        <source>B = %1</source>
        <translation>B = %1</translation>
    </message>
    <message>
        <source>The image size must be positive.</source>
        <translation>이미지 크기는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The map could not be drawn.</source>
        <translation>지도를 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>A %1 · B %2</source>
        <translation>A %1 · B %2</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
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
<context>
    <name>dosi::gis::VectorPreview</name>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>%1을(를) 열 수 없습니다: 파일이 없습니다.</translation>
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
</context>
</TS>
